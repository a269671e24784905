/**
 * User text is inert in every markup output: names, titles and workflow
 * triggers holding Mermaid directives, entities, tags, control characters,
 * lone surrogates or bidi controls come out as text — never a directive,
 * markup, a broken file or a code point the format forbids. The checks here
 * are written independently of the escapers (their own list of forbidden
 * code points, their own parsers), so they judge the escapers rather than
 * repeat them.
 */
import fc from 'fast-check';
import { marked } from 'marked';
import { xmlProblem } from '../support/xml.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { renderChart } from '../../src/chart/index.js';
import { diffOrgs, formatDiffJson, formatDiffMarkdown, formatDiffSvg } from '../../src/diff/index.js';
import { renderDocs } from '../../src/docs/index.js';
import { formatDiffText } from '../../src/diff/index.js';
import { computeStats, formatStats } from '../../src/stats/index.js';
import { formatReport } from '../../src/report/index.js';
import { validateOrg } from '../../src/api.js';
import { escapeXml } from '../../src/core/escape/xml.js';
import { escapeHtml } from '../../src/core/escape/html.js';
import { dotEscape } from '../../src/core/escape/dot.js';
import { md, mdBlock, mdCode, mdLine } from '../../src/core/escape/markdown.js';
import { modelOf } from '../helpers.js';

/** User-supplied texts of a small org: one of each place a name reaches an output. */
interface Texts {
  org: string;
  dept: string;
  boss: string;
  agent: string;
  holder: string;
  kpi: string;
  workflow: string;
  trigger: string;
  step: string;
}

/** A YAML double-quoted scalar for any string (JSON escapes, plus the code points YAML wants escaped). */
const y = (s: string) =>
  JSON.stringify(s).replace(/[\u007f-\u009f\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function orgFiles(t: Texts): Record<string, string> {
  return {
    'org.yaml': `kind: Organization\nid: acme\nname: ${y(t.org)}\nlocale: en\n`,
    'd.yaml': `kind: Department
id: d1
name: ${y(t.dept)}
head: boss
kpis: [k1]
roles:
  - {id: boss, title: ${y(t.boss)}, holders: [${y(t.holder)}]}
  - {id: agent, title: ${y(t.agent)}, reports_to: boss, headcount: 2, dotted_line: [boss], kpis: [{id: k1, target: 5}]}
`,
    'k.yaml': `kind: KPI\nid: k1\nname: ${y(t.kpi)}\nunit: percent\ntarget: 5\nowner: boss\n`,
    'w.yaml': `kind: Workflow
id: w1
name: ${y(t.workflow)}
trigger: ${y(t.trigger)}
owner: boss
steps:
  - {id: s1, name: ${y(t.step)}, role: boss, next: [s2]}
  - {id: s2, name: ${y(t.step)}, role: agent}
`,
  };
}

const BENIGN: Texts = {
  org: 'Acme',
  dept: 'Ops',
  boss: 'Head',
  agent: 'Agent',
  holder: 'Ann',
  kpi: 'Rate',
  workflow: 'Flow',
  trigger: 'Order',
  step: 'Step',
};
const all = (text: string): Texts => ({
  org: text,
  dept: text,
  boss: text,
  agent: text,
  holder: text,
  kpi: text,
  workflow: text,
  trigger: text,
  step: text,
});

/**
 * Code points no markup output may hold: C0 controls but tab/LF/CR (XML forbids
 * them even as references), DEL and C1 (HTML parse errors), noncharacters,
 * lone surrogates.
 */
function forbiddenIn(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const control = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
    const nonchar = (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) === 0xfffe;
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    if (control || nonchar || surrogate) out.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return out;
}

/** The Mermaid sources of a Markdown text (its ```mermaid blocks). */
function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

function expectWellFormedXml(svg: string, what: string): void {
  const problem = xmlProblem(svg);
  expect(problem === true ? true : `${what}: ${problem}`).toBe(true);
}

/**
 * The handbook parsed as XML once its void elements are closed: every tag
 * balanced, every `&` a reference — so no user text opened, closed or broke
 * an element. Only the tags the renderer writes may appear.
 */
const HTML_TAGS = new Set(
  'html head meta title style body header h1 h2 h3 h4 h5 h6 p section article nav ol ul li a div strong em code br dl dt dd table thead tbody tr th td figure img footer'.split(
    ' ',
  ),
);
function expectWellFormedHtml(page: string): void {
  const body = page.replace(/^<!DOCTYPE html>\n/, '').replace(/<(meta|br|img)\b([^>]*)>/g, '<$1$2/>');
  expectWellFormedXml(body, 'handbook.html');
  for (const m of body.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)) expect(HTML_TAGS.has(m[1]!), m[1]).toBe(true);
}

/**
 * The Markdown with its code spans emptied (their text is literal), read as
 * CommonMark does: a backslash escape outside a span, a span from a run of
 * backticks to the next run of the same length.
 */
function withoutCodeSpans(markdown: string): string {
  let out = '';
  for (let i = 0; i < markdown.length;) {
    if (markdown[i] === '\\' && i + 1 < markdown.length) {
      out += markdown.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (markdown[i] !== '`') {
      out += markdown[i++]!;
      continue;
    }
    let run = 0;
    while (markdown[i + run] === '`') run++;
    const close = new RegExp(`(?<!\`)\`{${run}}(?!\`)`, 'g');
    close.lastIndex = i + run;
    const end = close.exec(markdown);
    if (!end) {
      out += markdown.slice(i, i + run);
      i += run;
      continue;
    }
    out += '``';
    i = end.index + run;
  }
  return out;
}

/** `<` in a Markdown page that are raw HTML (not in a code span, where text is literal): only the tags the renderers write. */
function rawTags(markdown: string): string[] {
  const text = withoutCodeSpans(markdown);
  const allowed =
    /^<(?:a id="[^"<>]*">|\/a>|br>|br\/>|small>|\/small>|\/?em>|\/?strong>|\/?sub>|!-- |details><summary>|\/summary>|\/details>)/;
  return [...text.matchAll(/</g)].map((m) => text.slice(m.index, m.index + 60)).filter((s) => !allowed.test(s));
}

const DIRECTIVE = "%%{init: {'theme':'dark','themeCSS':'.node rect{fill:red}'}}%%";

describe('Mermaid: a directive in user text stays text', () => {
  const model = modelOf(
    orgFiles({
      ...BENIGN,
      boss: `boss ${DIRECTIVE}`,
      dept: `dept ${DIRECTIVE}`,
      trigger: `%%{init: {"theme":"dark"}}%% on order`,
      step: DIRECTIVE,
    }),
  );

  it('chart: no `%%{` in node or subgraph labels', async () => {
    const text = await renderChart(model, { format: 'mermaid' });
    expect(text).not.toContain('%%{');
    expect(text).toContain("boss %%#123;init#58; #123;'theme'#58;'dark'");
  });

  it('docs: the workflow diagram and the org chart carry no directive', () => {
    const files = renderDocs(model, { format: 'markdown' });
    const blocks = [...files.values()].flatMap(mermaidBlocks);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const b of blocks) expect(b).not.toContain('%%{');
    expect(files.get('workflows/w1.md')).toContain('start(["%%#123;init#58; #123;#34;theme#34;#58;#34;dark#34;#125;#125;%% on order"])');
  });

  it('diff: the affected tree carries no directive', () => {
    const md = formatDiffMarkdown(diffOrgs(modelOf(orgFiles(BENIGN)), model));
    const [tree] = mermaidBlocks(md);
    expect(tree).toContain('boss %%#123;init');
    expect(tree).not.toContain('%%{');
  });

  it('the three diagrams escape a label alike (one escaper)', async () => {
    const label = 'a"b#c&d<e>f`g\\h[i]j{k}l|m\nn:o';
    const escaped = 'a#34;b#35;c#38;d#60;e#62;f#96;g#92;h#91;i#93;j#123;k#125;l#124;m n#58;o';
    const m = modelOf(orgFiles({ ...BENIGN, boss: label, trigger: label }));
    expect(await renderChart(m, { format: 'mermaid' })).toContain(`["${escaped}<br/>`);
    expect(renderDocs(m, { format: 'markdown' }).get('workflows/w1.md')).toContain(`start(["${escaped}"])`);
    expect(mermaidBlocks(formatDiffMarkdown(diffOrgs(modelOf(orgFiles(BENIGN)), m)))[0]).toContain(
      `["${escaped}<br/><small>boss</small>"]`,
    );
  });
});

describe('Mermaid chart title: a YAML string, one line, shown as written', () => {
  const frontMatter = async (org: string) => {
    const text = await renderChart(modelOf(orgFiles({ ...BENIGN, org })), { format: 'mermaid' });
    const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
    expect(m, text.slice(0, 200)).not.toBeNull();
    return m![1]!;
  };

  it('a tag in the title is not handed to the HTML sanitiser (which would show `&` as `&amp;`)', async () => {
    const fm = await frontMatter('R&D <Lab> &amp;');
    expect(fm).not.toContain('<');
    expect(Object.keys(parseYaml(fm))).toEqual(['title']);
    expect(parseYaml(fm).title).toMatch(/^R&D ‹Lab› &amp; — organisation chart — \d+ roles · \d+ seats$/);
  });

  it('newlines, quotes and directives cannot add keys or end the front matter', async () => {
    const fm = await frontMatter('x"\n---\nconfig: {theme: dark}\n%%{init: {"theme":"dark"}}%%');
    expect(fm.split('\n')).toHaveLength(1);
    expect(fm).not.toContain('%%{');
    expect(Object.keys(parseYaml(fm))).toEqual(['title']);
    expect(parseYaml(fm).title).toContain('%%{init');
  });

  it("DEL and C1 controls (which Mermaid's YAML parser rejects) become U+FFFD", async () => {
    const fm = await frontMatter('a\u007fb\u0085c\u0001d');
    expect(forbiddenIn(fm)).toEqual([]);
    expect(parseYaml(fm).title).toMatch(/^a\ufffdb\ufffdc\ufffdd/);
  });
});

describe('DOT: Graphviz decodes entities, so `&` is written as `&amp;`', () => {
  it('a title holding `&amp;` keeps it', async () => {
    const text = await renderChart(modelOf(orgFiles({ ...BENIGN, org: 'R&D &amp; co', boss: 'A&B' })), { format: 'dot' });
    expect(text).toContain('label="R&amp;D &amp;amp; co — organisation chart');
    expect(text).toContain('[label="A&amp;B');
    expect(forbiddenIn(text)).toEqual([]);
  });

  it('controls of any kind never reach the file', async () => {
    const text = await renderChart(modelOf(orgFiles({ ...BENIGN, boss: 'a\u0001b\u007fc\u0090d\ud800e' })), { format: 'dot' });
    expect(forbiddenIn(text)).toEqual([]);
    expect(text).toContain('a\ufffdb\ufffdc\ufffdd\ufffde');
  });
});

describe('XML: one escaper for SVG and JUnit', () => {
  it('replaces what XML 1.0 forbids even as a reference, and escapes markup', () => {
    expect(escapeXml('a\u0000b\u0008c\u000bd\u001fe\ufffef\uffffg\ud800h\udc00i')).toBe(
      'a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg\ufffdh\ufffdi',
    );
    expect(escapeXml('\t\n\r😀')).toBe('\t\n\r😀');
    expect(escapeXml(`<a href="x" title='y'>&</a>]]>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;]]&gt;');
  });

  it('a chart SVG of hostile names is well-formed and holds no forbidden code point', async () => {
    const svg = await renderChart(modelOf(orgFiles(all('x\u0001\u007f\ufffe\ud800]]><!-- -->&amp;<script>'))), { format: 'svg' });
    expectWellFormedXml(svg, 'chart.svg');
    expect(forbiddenIn(svg)).toEqual([]);
    expect(svg).not.toContain('<script');
  }, 60_000);
});

/** Bidi controls (Trojan Source): obeyed, one reorders the rest of its line. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('bidi controls are shown as `\\u202e`, never obeyed, in every markup output', () => {
  // A title that a reader would see reversed after the override.
  const TROJAN = '客服\u202e主管 \u2067x\u2069';
  const SHOWN = '客服\\u202e主管 \\u2067x\\u2069';
  const model = modelOf(orgFiles(all(TROJAN)));

  it('the XML, HTML and DOT escapers write them as visible text (a character reference would be decoded back)', () => {
    expect(escapeXml(TROJAN)).toBe(SHOWN);
    expect(escapeHtml(TROJAN)).toBe(SHOWN);
    expect(escapeXml('\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u2066\u2068')).toBe(
      '\\u061c\\u200e\\u200f\\u202a\\u202b\\u202c\\u202d\\u2066\\u2068',
    );
    // Graphviz reads `\\` as one backslash: it draws `\u202e`.
    expect(dotEscape('a\u202eb')).toBe('a\\\\u202eb');
  });

  it('chart SVG and diff SVG', async () => {
    const svg = await renderChart(model, { format: 'svg' });
    expect(svg).not.toMatch(BIDI);
    expect(svg).toContain('客服\\u202e主管');
    expectWellFormedXml(svg, 'chart.svg');
    const diffSvg = await formatDiffSvg(diffOrgs(modelOf(orgFiles(BENIGN)), model), { labels: { before: TROJAN, after: TROJAN } });
    expect(diffSvg).not.toMatch(BIDI);
    expect(diffSvg).toContain('客服\\u202e主管');
  }, 60_000);

  it('chart DOT', async () => {
    const dot = await renderChart(model, { format: 'dot' });
    expect(dot).not.toMatch(BIDI);
    expect(dot).toContain('客服\\\\u202e主管');
  });

  it('the HTML handbook, and the workflow diagrams and pages of the Markdown one', () => {
    const page = renderDocs(model, { format: 'html' }).get('handbook.html')!;
    expect(page).not.toMatch(BIDI);
    expect(page).toContain('<title>客服\\u202e主管 \\u2067x\\u2069 — ');
    expectWellFormedHtml(page);
    for (const [file, text] of renderDocs(model, { format: 'markdown' })) expect(text, file).not.toMatch(BIDI);
  });

  it('the interactive HTML page: its title and the data its script shows with textContent and canvas text', async () => {
    const page = await renderChart(model, { format: 'html' });
    expect(page).not.toMatch(BIDI);
    const data = JSON.parse(/<script id="orgctl-data" type="application\/json">([^<]*)<\/script>/.exec(page)![1]!);
    expect(data.title).toContain('客服\\u202e主管');
    expect(data.nodes.map((n: { t: string }) => n.t)).toContain(SHOWN);
  }, 60_000);

  it('JUnit', () => {
    const junit = formatReport('junit', {
      ...validateOrg(model),
      findings: [{ rule: 'yaml-syntax', severity: 'error', message: `bad ${TROJAN}`, file: `org/${TROJAN}.yaml`, line: 1, column: 1 }],
    });
    expect(junit).not.toMatch(BIDI);
    expect(junit).toContain(`message="bad ${SHOWN}"`);
    expectWellFormedXml(junit, 'junit.xml');
  });
});

describe('HTML handbook: no control characters from names', () => {
  it('U+0001 and U+007F in names become U+FFFD', () => {
    const page = renderDocs(modelOf(orgFiles({ ...BENIGN, org: 'a\u0001b', boss: 'c\u007fd', dept: 'e\ufdd0f' })), { format: 'html' }).get(
      'handbook.html',
    )!;
    expect(forbiddenIn(page)).toEqual([]);
    expect(page).toContain('a\ufffdb');
    expect(page).toContain('c\ufffdd');
    expectWellFormedHtml(page);
  });
});

describe('Markdown: a name is text — no HTML, link, heading or table cell', () => {
  it('handbook pages: control characters become U+FFFD', () => {
    for (const [file, text] of renderDocs(modelOf(orgFiles(all('a\u0001b\u007f'))), { format: 'markdown' }))
      expect(forbiddenIn(text), file).toEqual([]);
  });

  it('diff: control characters in names and ids become U+FFFD', () => {
    const md = formatDiffMarkdown(diffOrgs(modelOf(orgFiles(BENIGN)), modelOf(orgFiles(all('a\u0001b\u0085')))), {
      labels: { before: 'main\u0007', after: 'pr\u0000' },
    });
    expect(forbiddenIn(md)).toEqual([]);
  });

  it('diff: a department name ending in `#` keeps it in its heading (a closing sequence would be dropped)', () => {
    const md = formatDiffMarkdown(diffOrgs(modelOf(orgFiles(BENIGN)), modelOf(orgFiles({ ...BENIGN, dept: 'C #', agent: 'Agent 2' }))));
    expect(md).toContain('#### C \\# (`d1`)');
  });

  it('diff and docs escape the same way: raw HTML, links, emphasis, pipes, newlines', () => {
    const evil = '<img src=x onerror=alert(1)> [x](javascript:alert(1)) *a* | b\n# c';
    const md = formatDiffMarkdown(diffOrgs(modelOf(orgFiles(BENIGN)), modelOf(orgFiles({ ...BENIGN, agent: evil }))));
    const page = renderDocs(modelOf(orgFiles({ ...BENIGN, agent: evil })), { format: 'markdown' }).get('roles/agent.md')!;
    for (const text of [md, page]) {
      expect(rawTags(text)).toEqual([]);
      expect(text).toContain('&lt;img src=x onerror=alert(1)&gt; \\[x\\](javascript:alert(1)) \\*a\\* \\|');
      expect(text).not.toMatch(/^# c/m);
    }
  });
});

/**
 * The text GitHub reads mentions and references in: outside code blocks and code spans, backslash
 * escapes undone (`\\#12` renders as `#12`).
 */
function renderedText(markdown: string): string {
  return markdown
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/\\`/g, "'")
    .replace(/\\(.)/g, '$1')
    .replace(/`[^`\n]*`/g, '');
}

/**
 * The mentions GitHub would read in rendered Markdown (`@user`, `@org/team` after a non-word character),
 * outside code blocks and code spans, where it reads none. Backslash escapes are undone first: GitHub
 * finds mentions in the rendered text.
 */
function mentionsIn(markdown: string): string[] {
  return [...renderedText(markdown).matchAll(/(?<![A-Za-z0-9_])@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9][\w-]*)?/g)].map((m) => m[0]);
}

/**
 * The issue and pull-request references GitHub would link in rendered Markdown (`#12`, `owner/repo#12`,
 * `GH-12` in any case), outside code blocks and code spans. Backslash escapes are undone first: GitHub
 * finds references in the rendered text (`\\#12` renders as `#12`, a link).
 */
function referencesIn(markdown: string): string[] {
  return [...renderedText(markdown).matchAll(/(?<![A-Za-z0-9_&])(?:[\w.-]+\/[\w.-]+)?#\d+\b|\bGH-\d+\b/gi)].map((m) => m[0]);
}

describe('Markdown: `#12`, `owner/repo#12` and `GH-12` in user text link no issue on GitHub', () => {
  const NAMES = all('修复 #12 (GH-34, gh-5), 见 octo/repo#7');
  it('diff: branch labels and names (as the job summary and the PR comment show them)', () => {
    const md = formatDiffMarkdown(diffOrgs(modelOf(orgFiles(BENIGN)), modelOf(orgFiles(NAMES))), {
      labels: { before: 'rev:fix-#12', after: 'GH-34' },
    });
    expect(md).toContain('修复 \\#\u206012 (GH-\u206034, gh-\u20605), 见 octo/repo\\#\u20607');
    expect(referencesIn(md)).toEqual([]);
  });

  it('handbook pages: titles, names and holders', () => {
    for (const [file, text] of renderDocs(modelOf(orgFiles(NAMES)), { format: 'markdown' })) expect(referencesIn(text), file).toEqual([]);
  });

  it('every Markdown escaper: inline text, one line, a block, an id that cannot be a code span', () => {
    for (const out of [md('#1 b\nGH-2'), mdLine('x #3\nowner/r#4'), mdBlock('#5\n\n- gh-6'), mdCode('#7`b')])
      expect(referencesIn(out), out).toEqual([]);
  });

  it('what GitHub does not link stays as written: `#` before a letter, a colour, a heading mark', () => {
    expect(md('#abc C# GHI-2 AGH-3')).toBe('\\#abc C\\# GHI-2 AGH-3');
  });
});

/**
 * The words GitHub would link to a commit in rendered Markdown: 7 to 40 lowercase hex digits standing alone
 * (digits only included: GitHub links any such word that abbreviates a commit of the repository), outside
 * code blocks and code spans, after backslash escapes are undone.
 */
function commitHashesIn(markdown: string): string[] {
  return [...renderedText(markdown).matchAll(/(?<![A-Za-z0-9_])[0-9a-f]{7,40}(?![A-Za-z0-9_])/g)].map((m) => m[0]);
}

describe('Markdown: a hex word in user text links no commit on GitHub', () => {
  const NAMES = all('岗位 deadbeef1234 (a5c3785ed8d6a35868bc169f07e40e889087fd2e, 20260101), 见 octo@cafe123');
  it('diff: branch labels and names (as the job summary and the PR comment show them)', () => {
    const md = formatDiffMarkdown(diffOrgs(modelOf(orgFiles(BENIGN)), modelOf(orgFiles(NAMES))), {
      labels: { before: 'a5c3785', after: 'rev:deadbeef1' },
    });
    expect(md).toContain('岗位 deadbe\u2060ef1234 (');
    expect(commitHashesIn(md)).toEqual([]);
  });

  it('handbook pages: titles, names and holders', () => {
    for (const [file, text] of renderDocs(modelOf(orgFiles(NAMES)), { format: 'markdown' })) expect(commitHashesIn(text), file).toEqual([]);
  });

  it('every Markdown escaper: inline text, one line, a block, an id that cannot be a code span', () => {
    for (const out of [
      md('abcdef0 b\n1234567'),
      mdLine('x cafe123\n@badc0ffee'),
      mdBlock('#5ca1ab1e\n\n- 0123456789abcdef'),
      mdCode('deadbee`b'),
    ])
      expect(commitHashesIn(out), out).toEqual([]);
  });

  it('what GitHub does not link stays as written: short, upper-case, too long, or part of a longer word', () => {
    const kept = 'abcdef 123456 E0012345 DEADBEEF1 deadbeefg x_1234567 v1234567 ' + 'a'.repeat(41);
    expect(md(kept)).toBe(kept.replace(/_/g, '\\_'));
  });
});

describe('Markdown: an `@` in user text mentions nobody on GitHub', () => {
  const NAMES = all('@org/team, cc @someone');
  it('diff: branch labels and names (as the job summary and the PR comment show them)', () => {
    const md = formatDiffMarkdown(diffOrgs(modelOf(orgFiles(BENIGN)), modelOf(orgFiles(NAMES))), {
      labels: { before: 'rev:@org/team', after: '@org/team' },
    });
    expect(md).toContain('@\u2060org/team');
    expect(mentionsIn(md)).toEqual([]);
    const labelOnly = formatDiffMarkdown(diffOrgs(modelOf(orgFiles(BENIGN)), modelOf(orgFiles(BENIGN))), {
      labels: { before: '@org/team', after: '@someone|x' },
    });
    expect(mentionsIn(labelOnly)).toEqual([]);
  });

  it('handbook pages: titles, names and holders', () => {
    for (const [file, text] of renderDocs(modelOf(orgFiles(NAMES)), { format: 'markdown' })) expect(mentionsIn(text), file).toEqual([]);
  });

  it('every Markdown escaper: inline text, one line, a block, an id that cannot be a code span', () => {
    for (const out of [md('@a b\n@c'), mdLine('x @a\n@b'), mdBlock('@a\n\n- @b/c'), mdCode('@a`b')])
      expect(mentionsIn(out), out).toEqual([]);
  });

  it('an e-mail address stays as written (GitHub reads no mention after a word character)', () => {
    const page = renderDocs(modelOf(orgFiles({ ...BENIGN, boss: 'Head (boss@example.com)' })), { format: 'markdown' }).get(
      'roles/boss.md',
    )!;
    expect(page).toContain('boss@example.com');
  });
});

/**
 * Hostile strings: pieces that break naive escaping in each format, and single
 * code points from the ranges formats forbid, bidi controls and lone surrogates.
 */
const PIECES = [
  '%%{',
  '}%%',
  '%%{init: {"theme":"dark"}}%%',
  "%%{init: {'themeCSS':'x'}}%%",
  '&amp;',
  '&lt;',
  '&#60;',
  '#34;',
  '#quot;',
  ']]>',
  '<![CDATA[',
  '-->',
  '<!--',
  '<script>',
  '<img src=x onerror=alert(1)>',
  '"',
  "'",
  '`',
  '```',
  '|',
  '[',
  ']',
  '](javascript:x)',
  '{',
  '}',
  '\\',
  '\\N',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\n---\n',
  '# ',
  '- ',
  '1. ',
  '*',
  '_',
  '~',
  '$',
  '&',
  '<',
  '>',
  '\u202e',
  '\u2066',
  '\u200f',
  '\u2028',
  '客服',
  'a',
];
const codePoint = fc
  .oneof(
    fc.integer({ min: 0, max: 0x20 }),
    fc.integer({ min: 0x7f, max: 0xa0 }),
    fc.integer({ min: 0xd800, max: 0xdfff }),
    fc.integer({ min: 0xfdd0, max: 0xfdef }),
    fc.constantFrom(0xfffe, 0xffff, 0x1fffe, 0x10ffff),
  )
  .map((c) => String.fromCodePoint(c));
const hostile = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PIECES) }, { weight: 2, arbitrary: codePoint }), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(''));
const hostileTexts: fc.Arbitrary<Texts> = fc.record({
  org: hostile,
  dept: hostile,
  boss: hostile,
  agent: hostile,
  holder: hostile,
  kpi: hostile,
  workflow: hostile,
  trigger: hostile,
  step: hostile,
});

/** Every check a text output must pass: no forbidden code point, no directive in its Mermaid. */
function expectInertText(text: string, what: string, mermaid: string[]): void {
  expect(forbiddenIn(text), what).toEqual([]);
  expect(text, what).not.toMatch(BIDI);
  for (const m of mermaid) {
    expect(m, what).not.toContain('%%{');
    // Every line of ours is a statement; a label is one quoted string (the title a JSON one), so its quotes pair up.
    for (const line of m.split('\n')) expect((line.replace(/\\./g, '').match(/"/g) ?? []).length % 2, line).toBe(0);
  }
}

function expectJson(text: string, what: string): void {
  expect(() => JSON.parse(text), what).not.toThrow();
  // JSON keeps the user's text exactly, but escaped: no raw C0 control or lone surrogate in the file.
  expect(text, what).not.toMatch(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
  );
}

describe('property: every markup output stays inert on hostile names', () => {
  it('text formats: chart mermaid/dot, docs markdown/html, diff markdown/json', async () => {
    await fc.assert(
      fc.asyncProperty(hostileTexts, async (texts) => {
        const model = modelOf(orgFiles(texts));
        const mmd = await renderChart(model, { format: 'mermaid' });
        expectInertText(mmd, 'chart.mmd', [mmd]);
        expectInertText(await renderChart(model, { format: 'dot' }), 'chart.dot', []);
        for (const [file, text] of renderDocs(model, { format: 'markdown' })) {
          expectInertText(text, file, mermaidBlocks(text));
          expect(rawTags(text), file).toEqual([]);
        }
        const page = renderDocs(model, { format: 'html' }).get('handbook.html')!;
        expectInertText(page, 'handbook.html', []);
        expectWellFormedHtml(page);
        const result = diffOrgs(modelOf(orgFiles(BENIGN)), model);
        const md = formatDiffMarkdown(result, { labels: { before: texts.org, after: texts.dept } });
        expectInertText(md, 'diff.md', mermaidBlocks(md));
        expect(rawTags(md)).toEqual([]);
        expectJson(formatDiffJson(result), 'diff.json');
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('laid-out formats: chart svg/json, diff svg (laid out by ELK, so fewer runs)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileTexts, async (texts) => {
        const model = modelOf(orgFiles(texts));
        const svg = await renderChart(model, { format: 'svg' });
        expectWellFormedXml(svg, 'chart.svg');
        expect(forbiddenIn(svg)).toEqual([]);
        expect(svg).not.toMatch(BIDI);
        expectJson(await renderChart(model, { format: 'json' }), 'chart.json');
        const diffSvg = await formatDiffSvg(diffOrgs(modelOf(orgFiles(BENIGN)), model), {
          labels: { before: texts.org, after: texts.step },
        });
        expectWellFormedXml(diffSvg, 'diff.svg');
        expect(forbiddenIn(diffSvg)).toEqual([]);
        expect(diffSvg).not.toMatch(BIDI);
      }),
      { numRuns: 30 },
    );
  }, 180_000);

  it('report formats: validate stylish/github/junit/json/sarif, stats text/json, diff text', () => {
    // What a terminal or a CI log must never receive from user text: a control character
    // (C0, DEL, C1), a bidi control, a lone surrogate, or a line the Actions runner reads as
    // a workflow command (`::cmd` after leading blanks, `##[cmd]` anywhere).
    const active =
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    const expectTerminalSafe = (text: string, what: string): void => {
      expect(text, what).not.toMatch(active);
      for (const line of text.split(/\r\n|\r|\n/)) {
        expect(line.trimStart().startsWith('::'), `${what}: ${line}`).toBe(false);
        expect(line.includes('##['), `${what}: ${line}`).toBe(false);
      }
    };
    fc.assert(
      fc.property(hostileTexts, (texts) => {
        const model = modelOf(orgFiles(texts));
        const result = validateOrg(model);
        expectTerminalSafe(formatReport('stylish', result, { color: false }), 'stylish');
        const github = formatReport('github', result);
        // One workflow command per finding, each a single line, then our own count.
        const lines = github.split('\n').filter(Boolean);
        expect(lines.pop(), 'github').toMatch(/^orgctl: \d+ errors?, \d+ warnings?$/);
        for (const line of lines) expect(line, 'github').toMatch(/^::(error|warning|notice)( [^:]*)?::/);
        expect(lines.length, 'github').toBe(Math.min(result.findings.length, 10) + (result.findings.length > 10 ? 1 : 0));
        expect(github, 'github').not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
        const junit = formatReport('junit', result);
        expectWellFormedXml(junit, 'junit.xml');
        expect(forbiddenIn(junit)).toEqual([]);
        expectJson(formatReport('json', result), 'report.json');
        expectJson(formatReport('sarif', result), 'report.sarif');
        const stats = computeStats(model);
        expectTerminalSafe(formatStats('text', stats), 'stats');
        expectJson(formatStats('json', stats), 'stats.json');
        const diff = diffOrgs(modelOf(orgFiles(BENIGN)), model);
        expectTerminalSafe(formatDiffText(diff, { color: false, labels: { before: texts.org, after: texts.dept } }), 'diff text');
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

/** The web links a GFM renderer (marked, GitHub's flavour) makes of Markdown, bare addresses included (our own links are relative). */
function linksIn(markdown: string): string[] {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!).filter((href) => /^https?:/i.test(href));
}

describe('Markdown: a bare address in user text is no link (GitHub would back-link an issue from a PR comment)', () => {
  const NAMES = all('见 https://github.com/octo/repo/issues/12 与 www.example.com(HTTP://x.cn)');
  it('diff: branch labels and names (as the job summary and the PR comment show them)', () => {
    const md = formatDiffMarkdown(diffOrgs(modelOf(orgFiles(BENIGN)), modelOf(orgFiles(NAMES))), {
      labels: { before: 'https://evil.example/a', after: 'www.evil.example' },
    });
    expect(md).toContain('见 https:\u2060//github.com/octo/repo/issues/12 与 www\u2060.example.com');
    expect(linksIn(md)).toEqual([]);
  });

  it('handbook pages: titles, names and holders', () => {
    for (const [file, text] of renderDocs(modelOf(orgFiles(NAMES)), { format: 'markdown' })) expect(linksIn(text), file).toEqual([]);
  });

  it('every Markdown escaper: inline text, one line, a block, an id that cannot be a code span', () => {
    for (const out of [
      md('https://a.cn b\nwww.b.cn'),
      mdLine('x http://c.cn\nWWW.d.cn'),
      mdBlock('https://e.cn\n\n- www.f.cn'),
      mdCode('https://g.cn`b'),
    ])
      expect(linksIn(out), out).toEqual([]);
  });

  it('what is no address stays as written: a word ending in www, a scheme without //, an e-mail address', () => {
    expect(md('awww.x mailto:a https:no a@b.cn')).toBe('awww.x mailto:a https:no a@b.cn');
  });
});
