/**
 * How a message names its subject: `department 'ops' (运营部)`, and just
 * `department '营销部'` when the id already is the name (Chinese ids often are),
 * rather than `'营销部' (营销部)`.
 */
export function subject(kind: 'department' | 'role', id: string, label: string | undefined): string {
  return label && label !== id ? `${kind} '${id}' (${label})` : `${kind} '${id}'`;
}
