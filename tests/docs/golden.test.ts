/**
 * Golden handbooks of the bundled examples: one in Chinese (project-ecommerce,
 * the org's own locale) and one in English (minimal-en), as Markdown pages and
 * as the HTML handbook. Regenerate with `UPDATE_GOLDEN=1 npx vitest run
 * tests/docs/golden.test.ts` and read the diff.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocs, type RenderDocsOptions } from '../../src/docs/index.js';
import { example } from './fixtures.js';
import { brokenHtmlLinks, brokenMarkdownLinks } from './linkcheck.js';

const GOLDEN = path.resolve(__dirname, '../golden/docs');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function listFiles(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name)).split(path.sep).join('/')],
    )
    .sort();
}

/** Compare a rendered handbook with its golden directory (or rewrite it). */
function expectGolden(name: string, files: Map<string, string>): void {
  const dir = path.join(GOLDEN, name);
  if (UPDATE) {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const [rel, content] of files) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), content);
    }
  }
  expect(listFiles(dir), `${name}: files`).toEqual([...files.keys()].sort());
  for (const [rel, content] of files) expect(content, `${name}/${rel}`).toBe(fs.readFileSync(path.join(dir, rel), 'utf8'));
}

function render(name: string, options: Omit<RenderDocsOptions, 'findings'>): Map<string, string> {
  const { model, findings } = example(name);
  return renderDocs(model, { ...options, findings });
}

describe('golden handbooks', () => {
  it('project-ecommerce, Markdown, in its own locale (zh-CN)', () => {
    const files = render('project-ecommerce', { format: 'markdown' });
    expect(files.get('README.md')).toContain('## <a id="overview-tree"></a>组织架构');
    expectGolden('project-ecommerce', files);
    expect(brokenMarkdownLinks(files)).toEqual([]);
  });

  it('project-ecommerce, HTML', () => {
    const files = render('project-ecommerce', { format: 'html' });
    expectGolden('project-ecommerce-html', files);
    expect(brokenHtmlLinks(files.get('handbook.html')!)).toEqual([]);
  });

  it('minimal-en, Markdown, in English', () => {
    const files = render('minimal-en', { format: 'markdown' });
    expect(files.get('README.md')).toContain('Head-count and vacancies');
    expectGolden('minimal-en', files);
    expect(brokenMarkdownLinks(files)).toEqual([]);
  });

  it('minimal-en, HTML', () => {
    const files = render('minimal-en', { format: 'html' });
    expectGolden('minimal-en-html', files);
    expect(brokenHtmlLinks(files.get('handbook.html')!)).toEqual([]);
  });
});
