/** `docs --format` values. Light on purpose (the import below is a type only), so the CLI can list them without loading the handbook. */
import type { DocsFormat } from './pages/context.js';

export type { DocsFormat } from './pages/context.js';
export const DOCS_FORMATS: readonly DocsFormat[] = ['markdown', 'html'];
