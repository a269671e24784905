/**
 * A label as `orgctl diff --labels` takes it on a shell command line: as it is
 * when it is a simple word, else as a one-item JSON array in single quotes
 * (`'["HR, approved"]'`), since a comma-separated list would split it.
 */
export function labelArgument(label: string): string {
  if (/^[\p{L}\p{N}._:/@+-]+$/u.test(label)) return label;
  return `'${JSON.stringify([label]).replace(/'/g, "'\\''")}'`;
}
