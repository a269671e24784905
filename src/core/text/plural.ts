/**
 * "1 role", "2 roles", "3 sub-departments": a count and an English noun.
 * Only English catalogues need it; Chinese counts take no plural form.
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
