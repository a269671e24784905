/**
 * What import writes beside a holder's name, `x-employee-id` and
 * `x-location`: the model keeps only name and e-mail (x- keys are ignored by
 * the format), so these are read from the role's YAML node.
 */
import { isMap, isSeq } from 'yaml';
import type { Role } from '../model/types.js';

export interface HolderExtras {
  employeeId?: string;
  location?: string;
}

export function holderExtras(role: Role): HolderExtras[] {
  const holders = isMap(role.node) ? role.node.get('holders', true) : undefined;
  if (!isSeq(holders)) return [];
  return holders.items.map((h) => {
    if (!isMap(h)) return {};
    const id = h.get('x-employee-id');
    const loc = h.get('x-location');
    return {
      ...(typeof id === 'string' || typeof id === 'number' ? { employeeId: String(id) } : {}),
      ...(typeof loc === 'string' ? { location: loc } : {}),
    };
  });
}
