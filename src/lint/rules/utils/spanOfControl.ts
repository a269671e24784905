/**
 * Span of control as the `span-of-control` rule measures it, shared with
 * `orgctl stats` (and through it `orgctl diff`), which report the same figure
 * against the same configured maximum without loading the rule.
 */
import { z } from 'zod';
import type { OrgModel } from '../../../model/types.js';
import { configuredOff, configuredOptions } from '../../config.js';

export const SPAN_OF_CONTROL = 'span-of-control';

export const spanOfControlOptions = z.strictObject({ max: z.number().int().min(1).default(10) });

/** The `max` of the org's span-of-control setting (its default when unset or invalid). */
export function configuredSpanMax(model: OrgModel): number {
  return configuredOptions(model, SPAN_OF_CONTROL, spanOfControlOptions).max;
}

/** The limit spans are held to: configuredSpanMax, or null (no limit) when the org turns the rule off. */
export function spanLimit(model: OrgModel): number | null {
  return configuredOff(model, SPAN_OF_CONTROL) ? null : configuredSpanMax(model);
}
