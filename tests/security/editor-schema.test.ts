/**
 * Editors check every document, not only the first. yaml-language-server (VS
 * Code's YAML extension) takes `# yaml-language-server: $schema=…` from each
 * document's own header — the comments after its `---` — so a file of several
 * documents needs the comment after every `---`: with it at the top of the file
 * only, a typo in the second document of a pull request is never underlined.
 *
 * The real server is driven over LSP (stdio, JSON-RPC), and the layout of every
 * bundled file and of `orgctl init`'s output is read with the server's own parser.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTemplates } from '../../src/init/templates.js';
import { type Diagnostic, YamlLanguageServer } from './yamlLanguageServer.js';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/orgctl.js');
const REPO_SCHEMA = path.join(ROOT, 'schemas', 'orgctl.schema.json');
const SERVER_TIMEOUT = 60_000;
const MODELINE = /^# yaml-language-server: \$schema=/;

// The server's own reading of a file: its parser splits the documents and collects each one's header comments.
const requireCjs = createRequire(__filename);
const { parse: parseLikeTheServer } = requireCjs('yaml-language-server/lib/umd/languageservice/parser/yamlParser07.js') as {
  parse: (text: string) => { documents: unknown[] };
};
const { getSchemaFromModeline } = requireCjs('yaml-language-server/lib/umd/languageservice/services/modelineUtil.js') as {
  getSchemaFromModeline: (doc: unknown) => string | undefined;
};

/** The schema the server applies to each document of a file (undefined: none), resolved to a path. */
function schemasPerDocument(file: string): Array<string | undefined> {
  const text = fs.readFileSync(file, 'utf8');
  const perDocument = parseLikeTheServer(text).documents.map((doc) => {
    const ref = getSchemaFromModeline(doc);
    return ref === undefined ? undefined : path.resolve(path.dirname(file), ref);
  });
  // The same number of documents as orgctl reads (the `yaml` package), so none is missed on either side.
  expect(perDocument.length, file).toBe(parseAllDocuments(text).length);
  return perDocument;
}

function yamlFilesBelow(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => /\.ya?ml$/.test(rel))
    .map((rel) => path.join(dir, rel))
    .sort();
}

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-editor-'));
}

function init(cwd: string, args: string[]): void {
  const r = spawnSync(process.execPath, [BIN, 'init', ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}

/** The 0-based line (as LSP counts) of the only line starting with `start`. */
function lineOf(text: string, start: string): number {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(start));
  expect(at, `a line starting with ${start}`).toBeGreaterThanOrEqual(0);
  expect(
    lines.filter((l) => l.startsWith(start)),
    `one line starting with ${start}`,
  ).toHaveLength(1);
  return at;
}

function replaceOnce(text: string, from: string, to: string): string {
  expect(text.split(from), `exactly one ${from}`).toHaveLength(2);
  return text.replace(from, to);
}

const on = (diagnostics: Diagnostic[], line: number) => diagnostics.filter((d) => d.range.start.line === line).map((d) => d.message);

/** The layout before every document carried the comment: the file's first line only. */
function firstLineOnly(text: string): string {
  return text
    .split('\n')
    .filter((line, i) => i === 0 || !MODELINE.test(line))
    .join('\n');
}

describe('every document carries the schema comment', () => {
  it.each(['examples', 'templates'])('in %s/, pointing at schemas/orgctl.schema.json', (dir) => {
    const files = yamlFilesBelow(path.join(ROOT, dir));
    expect(files.length).toBeGreaterThan(30);
    let documents = 0;
    for (const file of files) {
      const schemas = schemasPerDocument(file);
      documents += schemas.length;
      schemas.forEach((schema, i) => {
        expect(schema, `${path.relative(ROOT, file)}, document ${i + 1}`).toBe(REPO_SCHEMA);
      });
    }
    expect(documents).toBeGreaterThan(files.length); // multi-document files are among them
  });

  it('the raw text: the line after every `---` is the comment', () => {
    for (const file of [...yamlFilesBelow(path.join(ROOT, 'examples')), ...yamlFilesBelow(path.join(ROOT, 'templates'))]) {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^---\s*$/.test(line)) expect(lines[i + 1], `${path.relative(ROOT, file)}:${i + 2}`).toMatch(MODELINE);
      });
    }
  });

  it.each(listTemplates().map((t) => t.name))(
    'in `orgctl init --template %s` output, pointing at the orgctl.schema.json written beside the org',
    (name) => {
      const cwd = tmpDir();
      init(cwd, ['org', '--template', name]);
      const org = path.join(cwd, 'org');
      const files = yamlFilesBelow(org);
      expect(files.length).toBeGreaterThan(2);
      for (const file of files) {
        schemasPerDocument(file).forEach((schema, i) => {
          expect(schema, `${path.relative(org, file)}, document ${i + 1}`).toBe(path.join(org, 'orgctl.schema.json'));
        });
      }
    },
    60_000,
  );

  it('examples/ and templates/ that hold the same org agree document by document', () => {
    const shared = listTemplates().filter((t) => fs.existsSync(path.join(ROOT, 'examples', t.name)));
    expect(shared.length).toBeGreaterThanOrEqual(4);
    for (const t of shared) {
      const example = path.join(ROOT, 'examples', t.name);
      const rel = (dir: string) => yamlFilesBelow(dir).map((f) => path.relative(dir, f));
      expect(rel(t.dir), t.name).toEqual(rel(example));
      for (const file of rel(example)) {
        const layout = (dir: string) => {
          const text = fs.readFileSync(path.join(dir, file), 'utf8');
          const kinds = parseAllDocuments(text).map((d) => String(d.get('kind')));
          return { kinds, schemas: schemasPerDocument(path.join(dir, file)) };
        };
        expect(layout(t.dir), `${t.name}/${file}`).toEqual(layout(example));
      }
    }
  });
});

describe('yaml-language-server underlines mistakes in the second document', () => {
  // Undefined if start() failed: afterAll still runs then.
  let server: YamlLanguageServer | undefined;
  let workspace: string;

  beforeAll(async () => {
    workspace = tmpDir();
    server = await YamlLanguageServer.start(workspace);
  }, SERVER_TIMEOUT);

  afterAll(async () => {
    await server?.stop();
  }, SERVER_TIMEOUT);

  // Role documents, one per `---`: the second is 物流专员.
  const EXAMPLE = path.join(ROOT, 'examples/ecommerce-startup/roles/logistics.yaml');
  /** A misspelt field and a wrong type in the second document, and a wrong type in the first (the control). */
  const withMistakes = (text: string) => {
    let t = replaceOnce(text, 'title: 物流专员\n', 'titel: 物流专员\nheadcount: 两个\n');
    t = replaceOnce(t, 'title: 电商物流主管\n', 'title: 电商物流主管\nheadcount: 一个\n');
    return t;
  };

  it(
    'in a bundled example: the misspelt field and the wrong type, each on its own line',
    async () => {
      const text = withMistakes(fs.readFileSync(EXAMPLE, 'utf8'));
      const diagnostics = await server!.diagnose(EXAMPLE, text);
      expect(on(diagnostics, lineOf(text, 'titel:')).join('\n')).toContain('Property titel is not allowed');
      expect(on(diagnostics, lineOf(text, 'headcount: 两个')).join('\n')).toMatch(/Incorrect type\. Expected "integer"/);
      expect(on(diagnostics, lineOf(text, 'headcount: 一个')).join('\n')).toMatch(/Incorrect type\. Expected "integer"/);
    },
    SERVER_TIMEOUT,
  );

  it(
    'with the comment on the first line only (the old layout), the second document goes unchecked',
    async () => {
      const old = firstLineOnly(withMistakes(fs.readFileSync(EXAMPLE, 'utf8')));
      expect(old.split('\n').filter((l) => MODELINE.test(l))).toHaveLength(1);
      const diagnostics = await server!.diagnose(EXAMPLE, old);
      // The first document is checked (so the server did read the schema)…
      expect(on(diagnostics, lineOf(old, 'headcount: 一个')).join('\n')).toMatch(/Incorrect type/);
      // …and nothing at all is reported from the second document on.
      const secondStarts = old.split('\n').indexOf('---');
      expect(diagnostics.filter((d) => d.range.start.line > secondStarts).map((d) => d.message)).toEqual([]);
    },
    SERVER_TIMEOUT,
  );

  it(
    'in `orgctl init` output, at the top of the org and in a sub-directory',
    async () => {
      init(workspace, ['org', '--template', 'ecommerce-startup']);
      const roles = path.join(workspace, 'org/roles/logistics.yaml');
      const text = withMistakes(fs.readFileSync(roles, 'utf8'));
      expect(text).toContain('$schema=../orgctl.schema.json');
      const d1 = await server!.diagnose(roles, text);
      expect(on(d1, lineOf(text, 'titel:')).join('\n')).toContain('Property titel is not allowed');
      expect(on(d1, lineOf(text, 'headcount: 两个')).join('\n')).toMatch(/Incorrect type/);

      const kpis = path.join(workspace, 'org/kpis.yaml');
      const kpiText = replaceOnce(fs.readFileSync(kpis, 'utf8'), 'target: 1\n', 'target: 很低\n');
      expect(kpiText).toContain('$schema=./orgctl.schema.json');
      const d2 = await server!.diagnose(kpis, kpiText);
      expect(on(d2, lineOf(kpiText, 'target: 很低')).join('\n')).toMatch(/Incorrect type/);
    },
    SERVER_TIMEOUT,
  );
});

describe('.vscode/settings.json written by `orgctl init`', () => {
  let server: YamlLanguageServer | undefined;
  afterAll(async () => {
    await server?.stop();
  }, SERVER_TIMEOUT);

  it(
    'is valid JSON whose yaml.schemas entry makes the server check a new file without any comment — and not a CI workflow',
    async () => {
      const org = tmpDir();
      init(org, ['.', '--template', 'minimal-en']);
      const settings = JSON.parse(fs.readFileSync(path.join(org, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(settings)).toEqual(['yaml.schemas']);
      // The editor opens the org as its workspace folder and passes the setting on, as VS Code does.
      server = await YamlLanguageServer.start(org, { schemas: settings['yaml.schemas'] });

      const added = path.join(org, 'departments/new.yaml');
      const text = 'kind: Department\nid: new-dept\nname: 新部门\n---\nkind: Role\nid: new-role\ntitel: 新岗位\n';
      const diagnostics = await server.diagnose(added, text);
      expect(on(diagnostics, lineOf(text, 'titel:')).join('\n')).toContain('Property titel is not allowed');

      // Dot-directories are not the org's (orgctl validate skips them too): a GitHub workflow is left alone.
      const workflow = path.join(org, '.github/workflows/ci.yml');
      expect(await server.diagnose(workflow, 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n')).toEqual([]);
      expect(await server.diagnose(path.join(org, 'node_modules/pkg/x.yaml'), 'anything: 1\n')).toEqual([]);
    },
    SERVER_TIMEOUT,
  );
});
