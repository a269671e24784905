/**
 * What import writes beside a holder's name, `x-employee-id` and
 * `x-location`: the model keeps only name and e-mail (x- keys are ignored by
 * the format), so these are read from the role's mapping as written.
 */
import type { Role } from '../model/types.js';

export interface HolderExtras {
  employeeId?: string;
  location?: string;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function holderExtras(role: Role): HolderExtras[] {
  const holders = role.written.holders;
  if (!Array.isArray(holders)) return [];
  return holders.map((h: unknown) => {
    if (!isMapping(h)) return {};
    const id = Object.hasOwn(h, 'x-employee-id') ? h['x-employee-id'] : undefined;
    const loc = Object.hasOwn(h, 'x-location') ? h['x-location'] : undefined;
    return {
      ...(typeof id === 'string' || typeof id === 'number' ? { employeeId: String(id) } : {}),
      ...(typeof loc === 'string' ? { location: loc } : {}),
    };
  });
}
