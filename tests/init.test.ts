/** `orgctl init`: the templates, and the command as a user runs it. Needs `npm run build` (npm test does it). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg, validateOrg } from '../src/api.js';
import { SCHEMA_FILE, schemaRefFor } from '../src/cli/actions/init.js';
import { withSchemaComments } from '../src/init/editorSupport.js';
import { jsonSchemaText } from '../src/model/jsonSchema.js';
import { DEFAULT_TEMPLATE, listTemplates, templatesRoot } from '../src/init/templates.js';
import { REPO_ROOT as ROOT, runCli } from './support/cli.js';

const EXPECTED_TEMPLATES = ['ecommerce-startup', 'minimal-en', 'ops-center', 'project-ecommerce'];
const SCHEMA_LINE = /^# yaml-language-server: \$schema=(\S+)$/;
const SETTINGS = '.vscode/settings.json';

const run = (args: string[], cwd: string) => runCli(args, { cwd });

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-init-'));
}

/** Every file below dir, relative with '/', sorted. */
function tree(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tree(full).map((f) => `${e.name}/${f}`));
    else out.push(e.name);
  }
  return out.sort();
}

function yamlFiles(dir: string): string[] {
  return tree(dir).filter((f) => /\.ya?ml$/.test(f));
}

/** Where a file's schema comment points, resolved from the file's own directory. */
function schemaTarget(file: string): string {
  const first = fs.readFileSync(file, 'utf8').split('\n')[0]!;
  const m = SCHEMA_LINE.exec(first);
  expect(m, `${file} starts with the schema comment`).not.toBeNull();
  return path.resolve(path.dirname(file), m![1]!);
}

describe('templates', () => {
  it('are found relative to the package, sorted, each with a description and files', () => {
    expect(templatesRoot()).toBe(path.join(ROOT, 'templates') + path.sep);
    const templates = listTemplates();
    expect(templates.map((t) => t.name)).toEqual(EXPECTED_TEMPLATES);
    expect(templates.map((t) => t.name)).toContain(DEFAULT_TEMPLATE);
    for (const t of templates) {
      expect(t.description.length, t.name).toBeGreaterThan(10);
      expect(t.description, t.name).not.toContain('\n');
      expect(t.files).toContain('organization.yaml');
      expect(t.files).not.toContain('template.json');
      expect([...t.files].sort()).toEqual(t.files);
    }
  });

  it.each(EXPECTED_TEMPLATES)('%s validates with no findings', (name) => {
    const model = loadOrg([path.join(ROOT, 'templates', name)]);
    const { findings, summary } = validateOrg(model);
    expect(findings).toEqual([]);
    expect(summary.roles).toBeGreaterThan(0);
    expect(summary.departments).toBeGreaterThan(0);
  });

  it('every template file points its schema comment at schemas/orgctl.schema.json in the repository', () => {
    for (const t of listTemplates()) {
      for (const rel of yamlFiles(t.dir)) {
        expect(schemaTarget(path.join(t.dir, rel)), `${t.name}/${rel}`).toBe(path.join(ROOT, 'schemas', 'orgctl.schema.json'));
      }
    }
  });
});

describe('withSchemaComments', () => {
  const OLD = '# yaml-language-server: $schema=../../schemas/orgctl.schema.json';

  it('re-points the first-line comment relative to the file depth', () => {
    const text = `${OLD}\nkind: KPI\n`;
    expect(withSchemaComments(text, schemaRefFor('kpis.yaml'))).toBe('# yaml-language-server: $schema=./orgctl.schema.json\nkind: KPI\n');
    expect(withSchemaComments(text, schemaRefFor('a/b/kpis.yaml'))).toBe(
      '# yaml-language-server: $schema=../../orgctl.schema.json\nkind: KPI\n',
    );
  });

  it('adds the comment when a file has none, keeping other comments', () => {
    expect(withSchemaComments('# 运营中心\nkind: KPI\n', schemaRefFor('departments/x.yaml'))).toBe(
      '# yaml-language-server: $schema=../orgctl.schema.json\n# 运营中心\nkind: KPI\n',
    );
  });

  it('puts it at the top of every document: right after each `---`, where the language server reads it', () => {
    const text = `${OLD}\nkind: Role\nid: a\n---\nkind: Role\nid: b\n--- # the third\n# 说明\nkind: Role\nid: c\n`;
    expect(withSchemaComments(text, './s.json')).toBe(
      '# yaml-language-server: $schema=./s.json\nkind: Role\nid: a\n' +
        '---\n# yaml-language-server: $schema=./s.json\nkind: Role\nid: b\n' +
        '--- # the third\n# yaml-language-server: $schema=./s.json\n# 说明\nkind: Role\nid: c\n',
    );
  });

  it('replaces stale comments in a document header rather than adding a second one, and is idempotent', () => {
    const text = `# 标题\n${OLD}\nkind: Role\n---\n\n${OLD}\nkind: Role\n`;
    const once = withSchemaComments(text, './s.json');
    expect(once).toBe(
      '# yaml-language-server: $schema=./s.json\n# 标题\nkind: Role\n---\n# yaml-language-server: $schema=./s.json\n\nkind: Role\n',
    );
    expect(withSchemaComments(once, './s.json')).toBe(once);
  });

  it('a file whose first document opens with `---` gets the comment after it, not above it', () => {
    expect(withSchemaComments('# 说明\n---\nkind: Role\n', './s.json')).toBe(
      '# 说明\n---\n# yaml-language-server: $schema=./s.json\nkind: Role\n',
    );
  });

  it('leaves the text of a value alone: only whole comment lines in a header are ours', () => {
    const text = 'kind: Role\ndescription: |\n  # yaml-language-server: $schema=x\n';
    expect(withSchemaComments(text, './s.json')).toBe(`# yaml-language-server: $schema=./s.json\n${text}`);
  });
});

describe('orgctl init', () => {
  it.each(EXPECTED_TEMPLATES)('--template %s writes an org that validates, with a working schema comment in every file', (name) => {
    const cwd = tmpDir();
    const r = run(['init', 'org', '--template', name], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const target = path.join(cwd, 'org');
    const template = listTemplates().find((t) => t.name === name)!;
    expect(tree(target)).toEqual([...template.files, SCHEMA_FILE, SETTINGS].sort());
    for (const rel of yamlFiles(target)) {
      expect(schemaTarget(path.join(target, rel)), rel).toBe(path.join(target, SCHEMA_FILE));
      // Apart from the schema comments (re-pointed), the file is the template's.
      const body = (file: string) =>
        fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .filter((l) => !SCHEMA_LINE.test(l))
          .join('\n');
      expect(body(path.join(target, rel))).toBe(body(path.join(template.dir, rel)));
    }
    expect(fs.readFileSync(path.join(target, SCHEMA_FILE), 'utf8')).toBe(jsonSchemaText());
    const v = run(['validate', 'org', '--format', 'json'], cwd);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout).findings).toEqual([]);
    expect(r.stdout).toContain(`from template '${name}'`);
    expect(r.stdout).toContain('run: orgctl validate org');
  });

  it('defaults to the minimal-en template and the current directory', () => {
    const cwd = tmpDir();
    const r = run(['init'], cwd);
    expect(r.code).toBe(0);
    const minimal = listTemplates().find((t) => t.name === 'minimal-en')!;
    expect(tree(cwd)).toEqual([...minimal.files, SCHEMA_FILE, SETTINGS].sort());
    expect(r.stdout).toContain('run: orgctl validate .');
  });

  it('writes the same bytes every time', () => {
    const a = tmpDir();
    const b = tmpDir();
    run(['init', 'org', '-t', 'ops-center'], a);
    run(['init', 'org', '-t', 'ops-center'], b);
    for (const rel of tree(path.join(a, 'org'))) {
      expect(fs.readFileSync(path.join(b, 'org', rel), 'utf8'), rel).toBe(fs.readFileSync(path.join(a, 'org', rel), 'utf8'));
    }
  });

  it('refuses to overwrite an existing file: one line naming it, exit 2, nothing written', () => {
    const cwd = tmpDir();
    fs.mkdirSync(path.join(cwd, 'org'));
    fs.writeFileSync(path.join(cwd, 'org', 'organization.yaml'), 'mine\n');
    const r = run(['init', 'org'], cwd);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('org/organization.yaml already exists');
    expect(r.stderr).toContain('--force');
    expect(tree(path.join(cwd, 'org'))).toEqual(['organization.yaml']);
    expect(fs.readFileSync(path.join(cwd, 'org', 'organization.yaml'), 'utf8')).toBe('mine\n');
  });

  it('names the first clash and counts the rest', () => {
    const cwd = tmpDir();
    run(['init', 'org'], cwd);
    const r = run(['init', 'org'], cwd);
    expect(r.code).toBe(2);
    const files = listTemplates().find((t) => t.name === 'minimal-en')!.files.length + 1;
    expect(r.stderr).toContain(`org/departments.yaml already exists (and ${files - 1} more of the template's files)`);
  });

  it('--force overwrites', () => {
    const cwd = tmpDir();
    fs.mkdirSync(path.join(cwd, 'org'));
    fs.writeFileSync(path.join(cwd, 'org', 'organization.yaml'), 'mine\n');
    const r = run(['init', 'org', '--force'], cwd);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'org', 'organization.yaml'), 'utf8')).toContain('kind: Organization');
  });

  it('an unknown template is bad usage, with a suggestion and the list', () => {
    const cwd = tmpDir();
    const r = run(['init', 'org', '--template', 'ops-centre'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain("unknown template 'ops-centre' (did you mean 'ops-center'?)");
    for (const name of EXPECTED_TEMPLATES) expect(r.stderr).toContain(name);
    expect(fs.existsSync(path.join(cwd, 'org'))).toBe(false);
  });

  it('a target that is a file is bad usage', () => {
    const cwd = tmpDir();
    fs.writeFileSync(path.join(cwd, 'org'), 'x');
    const r = run(['init', 'org'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('org exists and is not a directory');
  });

  it('notes other YAML files in the target, which validate would read too', () => {
    const cwd = tmpDir();
    fs.writeFileSync(path.join(cwd, 'docker-compose.yml'), 'services: {}\n');
    const r = run(['init', '.'], cwd);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 other YAML file (docker-compose.yml)');
  });

  it('--list prints every template with its description and counts, and writes nothing', () => {
    const cwd = tmpDir();
    const r = run(['init', '--list'], cwd);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(cwd)).toEqual([]);
    for (const t of listTemplates()) {
      const line = r.stdout.split('\n').find((l) => l.trimStart().startsWith(`${t.name} `));
      expect(line, t.name).toBeDefined();
      expect(line).toContain(t.description);
      // The counts are the ones validate reports for the template.
      const summary = JSON.parse(run(['validate', t.dir, '--format', 'json'], cwd).stdout).summary as {
        departments: number;
        roles: number;
      };
      expect(line).toContain(`${summary.departments} departments, ${summary.roles} roles`);
    }
    expect(r.stdout).toContain('minimal-en (default)');
  });
});

describe('orgctl init: .vscode/settings.json', () => {
  const ENTRY = { './orgctl.schema.json': ['*.yaml', '*.yml', '!node_modules/**'] };
  const settingsOf = (org: string) => path.join(org, '.vscode', 'settings.json');

  it("is written at the top of the org, mapping the schema beside it to the org's YAML files, and listed", () => {
    const cwd = tmpDir();
    const r = run(['init', 'org'], cwd);
    expect(r.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(settingsOf(path.join(cwd, 'org')), 'utf8'))).toEqual({ 'yaml.schemas': ENTRY });
    expect(r.stdout).toContain('  org/.vscode/settings.json\n');
    const files = listTemplates().find((t) => t.name === 'minimal-en')!.files.length + 2;
    expect(r.stdout).toContain(`Created ${files} files in org`);
  });

  it('is merged into settings that are plain JSON: other keys and entries kept, in their order', () => {
    const cwd = tmpDir();
    fs.mkdirSync(path.join(cwd, '.vscode'));
    const mine = {
      'editor.tabSize': 4,
      'yaml.schemas': { 'https://json.schemastore.org/github-workflow.json': '.github/workflows/*' },
      z: [1],
    };
    fs.writeFileSync(settingsOf(cwd), JSON.stringify(mine));
    const r = run(['init', '.'], cwd);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const merged = JSON.parse(fs.readFileSync(settingsOf(cwd), 'utf8'));
    expect(merged).toEqual({ ...mine, 'yaml.schemas': { ...mine['yaml.schemas'], ...ENTRY } });
    expect(Object.keys(merged)).toEqual(['editor.tabSize', 'yaml.schemas', 'z']);
    expect(r.stdout).toContain('.vscode/settings.json (added "yaml.schemas" for orgctl.schema.json)');
  });

  it('keeps an entry the user already has for the schema, and does not rewrite the file', () => {
    const cwd = tmpDir();
    fs.mkdirSync(path.join(cwd, '.vscode'));
    const text = '{"yaml.schemas": {"./orgctl.schema.json": "org/*.yaml"}}';
    fs.writeFileSync(settingsOf(cwd), text);
    expect(run(['init', '.'], cwd).code).toBe(0);
    expect(fs.readFileSync(settingsOf(cwd), 'utf8')).toBe(text);
  });

  it('says a .vscode that is a file is a file, not an errno (it was "cannot be read (ENOTDIR)")', () => {
    const cwd = tmpDir();
    fs.writeFileSync(path.join(cwd, '.vscode'), 'my notes\n');
    const r = run(['init', '.', '--force'], cwd);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, '.vscode'), 'utf8')).toBe('my notes\n');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain('orgctl: note: .vscode is a file, not a folder, so .vscode/settings.json cannot be made');
    expect(r.stderr).not.toContain('ENOTDIR');
  });

  it('leaves settings with comments (JSONC) unchanged and says, in one line, what to add', () => {
    const cwd = tmpDir();
    fs.mkdirSync(path.join(cwd, '.vscode'));
    const text = '{\n  // my settings\n  "editor.tabSize": 4,\n}\n';
    fs.writeFileSync(settingsOf(cwd), text);
    const r = run(['init', '.', '--force'], cwd);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(settingsOf(cwd), 'utf8')).toBe(text);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain('orgctl: note: .vscode/settings.json is not a plain JSON object');
    expect(r.stderr).toContain('"yaml.schemas": {"./orgctl.schema.json":["*.yaml","*.yml","!node_modules/**"]}');
    expect(r.stdout).not.toContain('settings.json');
    expect(fs.existsSync(path.join(cwd, 'organization.yaml'))).toBe(true); // the org is written all the same
  });

  it.each([
    ['"yaml.schemas" is not an object', '{"yaml.schemas": ["x"]}', 'has a "yaml.schemas" that is not an object'],
    ['the JSON is not an object', '[1, 2]', 'is not a plain JSON object'],
  ])('leaves settings unchanged when %s', (_, text, note) => {
    const cwd = tmpDir();
    fs.mkdirSync(path.join(cwd, '.vscode'));
    fs.writeFileSync(settingsOf(cwd), text);
    const r = run(['init', '.'], cwd);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(note);
    expect(fs.readFileSync(settingsOf(cwd), 'utf8')).toBe(text);
  });

  it('follows no symbolic link out of the org: a linked .vscode is left alone, with a note', () => {
    const cwd = tmpDir();
    const elsewhere = tmpDir();
    fs.symlinkSync(elsewhere, path.join(cwd, '.vscode'));
    const r = run(['init', '.'], cwd);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('reached through a symbolic link');
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it('a .vscode that is a file costs only the settings, with a note', () => {
    const cwd = tmpDir();
    fs.writeFileSync(path.join(cwd, '.vscode'), 'not a directory');
    const r = run(['init', '.'], cwd);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain('.vscode/settings.json');
    expect(fs.readFileSync(path.join(cwd, '.vscode'), 'utf8')).toBe('not a directory');
    expect(fs.existsSync(path.join(cwd, 'organization.yaml'))).toBe(true);
  });
});
