/** `orgctl init`: the templates, and the command as a user runs it. Needs `npm run build` (npm test does it). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg, validateOrg } from '../src/api.js';
import { SCHEMA_FILE, withSchemaComment } from '../src/cli/actions/init.js';
import { jsonSchemaText } from '../src/model/jsonSchema.js';
import { DEFAULT_TEMPLATE, listTemplates, templatesRoot } from '../src/templates.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/orgctl.js');
const EXPECTED_TEMPLATES = ['ecommerce-startup', 'minimal-en', 'ops-center', 'project-ecommerce'];
const SCHEMA_LINE = /^# yaml-language-server: \$schema=(\S+)$/;

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 20000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

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

describe('withSchemaComment', () => {
  it('re-points the first-line comment relative to the file depth', () => {
    const text = '# yaml-language-server: $schema=../../schemas/orgctl.schema.json\nkind: KPI\n';
    expect(withSchemaComment(text, 'kpis.yaml')).toBe('# yaml-language-server: $schema=./orgctl.schema.json\nkind: KPI\n');
    expect(withSchemaComment(text, 'a/b/kpis.yaml')).toBe('# yaml-language-server: $schema=../../orgctl.schema.json\nkind: KPI\n');
  });

  it('adds the comment when a file has none, keeping other comments', () => {
    expect(withSchemaComment('# 运营中心\nkind: KPI\n', 'departments/x.yaml')).toBe(
      '# yaml-language-server: $schema=../orgctl.schema.json\n# 运营中心\nkind: KPI\n',
    );
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
    expect(tree(target)).toEqual([...template.files, SCHEMA_FILE].sort());
    for (const rel of yamlFiles(target)) {
      expect(schemaTarget(path.join(target, rel)), rel).toBe(path.join(target, SCHEMA_FILE));
      // Apart from the first line, the file is the template's.
      const body = (file: string) => fs.readFileSync(file, 'utf8').split('\n').slice(1).join('\n');
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
    expect(tree(cwd)).toEqual([...minimal.files, SCHEMA_FILE].sort());
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
      const summary = JSON.parse(run(['validate', t.dir, '--format', 'json'], cwd).stdout).summary;
      expect(line).toContain(`${summary.departments} departments, ${summary.roles} roles`);
    }
    expect(r.stdout).toContain('minimal-en (default)');
  });
});
