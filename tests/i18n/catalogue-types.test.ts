/**
 * A missing message does not compile: tests/i18n/types/incomplete-catalogue.ts
 * holds deliberately incomplete catalogues under `@ts-expect-error`. Compiled
 * as it is, it must be clean (every directive met its error); compiled with
 * the directives removed, it must report exactly the missing message and the
 * missing locale.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const FILE = path.resolve(__dirname, 'types/incomplete-catalogue.ts');
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: ['node'],
};

/** Diagnostics of FILE, its text replaced by `text`. */
function diagnose(text: string): string[] {
  const host = ts.createCompilerHost(OPTIONS);
  const read = host.readFile.bind(host);
  host.readFile = (f) => (path.resolve(f) === FILE ? text : read(f));
  const program = ts.createProgram([FILE], OPTIONS, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(FILE))
    .map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('Record<Locale, Catalogue>', () => {
  const source = fs.readFileSync(FILE, 'utf8');

  it('every deliberately incomplete catalogue is a compile error (no unused @ts-expect-error)', () => {
    expect(diagnose(source)).toEqual([]);
  }, 60_000);

  it('without the directives, the compiler names the missing message and the missing locale', () => {
    const errors = diagnose(source.replace(/^\/\/ @ts-expect-error.*$/gm, ''));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^TS2741: Property 'noChanges' is missing/);
    expect(errors[1]).toMatch(/^TS2741: Property '"zh-CN"' is missing/);
  }, 60_000);
});
