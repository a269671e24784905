/**
 * Hostile names and titles: whatever users write in the YAML must come out as
 * text — never markup, never a link, never a broken table or diagram.
 */
import { describe, expect, it } from 'vitest';
import { escapeHtml as html } from '../../src/core/escape/html.js';
import { md, mdBlock } from '../../src/core/escape/markdown.js';
import { mermaidLabel } from '../../src/core/escape/mermaid.js';
import { renderDocs } from '../../src/docs/index.js';
import { modelOf } from '../helpers.js';
import { brokenHtmlLinks, brokenMarkdownLinks, duplicateIds } from './linkcheck.js';

const EVIL = {
  script: '<script>alert("x")</script>',
  link: '[点我](javascript:alert(1))',
  pipe: 'a | b',
  newline: 'line1\nline2',
  heading: '# 标题',
  list: '1. 列表',
  emphasis: '**粗** _斜_ ~~删~~ `code`',
  entity: '&lt;b&gt; &amp; &#60;',
  math: '$x$ 与 $$y$$',
  quotes: '"引号" \'单\' 【括号】「」[] {} () #quot; -->',
  img: '<img src=x onerror=alert(1)>',
  // GitHub Pages runs Liquid over Markdown pages: `{{` would print a site variable, an unclosed `{%` fail the build.
  liquid: '{{ site.github.repository_url }} {% include x.html %} {%',
};
const all = Object.values(EVIL).join(' ');
const y = (s: string) => JSON.stringify(s); // JSON strings are YAML 1.2 scalars

function hostileOrg() {
  return modelOf({
    'org.yaml': `kind: Organization\nid: evil\nname: ${y(EVIL.script)}\nlocale: zh-CN\ndescription: ${y(`${EVIL.heading}\n${EVIL.list}\n\n- item\n    code`)}\n`,
    'd.yaml': `kind: Department
id: d1
name: ${y(EVIL.link)}
head: r1
description: ${y(all)}
responsibilities: [${y(EVIL.heading)}, ${y(EVIL.list)}, ${y(EVIL.newline)}, ${y(EVIL.pipe)}]
kpis: [k1]
roles:
  - id: r1
    title: ${y(EVIL.script)}
    holders: [${y(EVIL.pipe)}, {name: ${y(EVIL.img)}, email: ${y('"><script>@x.com')}}]
    responsibilities: [${y(all)}]
  - id: r2
    title: ${y(EVIL.quotes)}
    reports_to: r1
    dotted_line: [${y('ghost')}]
    kpis: [{id: k1, target: 2}]
  - id: r3
    title: ${y(`${EVIL.newline} ${EVIL.pipe}`)}
    reports_to: r2
`,
    'k.yaml': `kind: KPI\nid: k1\nname: ${y(EVIL.emphasis)}\nformula: ${y(`${EVIL.math} ${EVIL.pipe}`)}\nunit: percent\ntarget: 3\nowner: r1\ndescription: ${y(EVIL.entity)}\n`,
    'w.yaml': `kind: Workflow
id: w1
name: ${y(EVIL.img)}
trigger: ${y(EVIL.quotes)}
owner: r1
steps:
  - {id: s1, name: ${y(EVIL.quotes)}, role: r2, output: ${y(EVIL.pipe)}, sla: 2h}
  - {id: s2, name: ${y(EVIL.newline)}, role: r3, accountable: r1, informed: [r2], description: ${y(EVIL.link)}, next: [s1, nowhere]}
`,
  });
}

/** The `<` of a Markdown page that are raw HTML: only the tags the renderer itself writes may appear. */
function rawTags(text: string): string[] {
  const allowed = /^<(?:a id="[^"<>]*">|\/a>|br>|br\/>|\/?em>|\/?strong>|\/?sub>|!-- )/;
  return [...text.matchAll(/(?<!\\)</g)].map((m) => text.slice(m.index, m.index + 80)).filter((s) => !allowed.test(s));
}

function unescapedPipes(line: string): number {
  return [...line.matchAll(/(?<!\\)\|/g)].length;
}

describe('escaping hostile user text', () => {
  const model = hostileOrg();
  const mdFiles = renderDocs(model, { format: 'markdown', findings: [] });
  const page = renderDocs(model, { format: 'html', findings: [] }).get('handbook.html')!;

  it('Markdown: no raw HTML from users, no injected links, all links resolve', () => {
    for (const [file, text] of mdFiles) {
      expect(rawTags(text), file).toEqual([]);
      expect(text.match(/.{0,60}(?<!\\)\]\(javascript:.{0,20}/)?.[0], file).toBeUndefined();
    }
    expect(brokenMarkdownLinks(mdFiles)).toEqual([]);
  });

  it('Markdown: no Liquid tag or output opens anywhere, Mermaid blocks included (GitHub Pages would run it)', () => {
    for (const [file, text] of mdFiles) expect(text.match(/.{0,40}\{[{%].{0,40}/)?.[0], file).toBeUndefined();
    expect(mdFiles.get('roles/r1.md')).toContain('&#123;&#123; site.github.repository\\_url }} &#123;% include x.html %} &#123;%');
  });

  it('Markdown: user text never starts a block (heading, list, code) and line breaks stay inside the line', () => {
    for (const [file, text] of mdFiles) {
      for (const line of text.split('\n')) {
        // A block marker (heading, list item, quote, indented code) directly followed by hostile text means the text made the block.
        expect(line, file).not.toMatch(/^(?:# 标题|1\. 列表|- item| {4,}code|(?:#{1,6} |\d+[.)] |[-+*] |> ?)(?:标题|列表|item|code))/);
      }
    }
    expect(mdFiles.get('README.md')).toContain('\\# 标题<br>\n1\\. 列表');
  });

  it('Markdown: every table row has as many cells as its header', () => {
    for (const [file, text] of mdFiles) {
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        if (!lines[i]!.startsWith('|') || lines[i - 1]?.startsWith('|')) continue;
        const width = unescapedPipes(lines[i]!);
        for (let j = i; j < lines.length && lines[j]!.startsWith('|'); j++)
          expect(unescapedPipes(lines[j]!), `${file}:${j + 1}`).toBe(width);
      }
    }
  });

  it('Markdown: Mermaid diagrams contain only generated ids and quoted, escaped labels', () => {
    const node = /^ {2}(?:[a-z]+\d*)(?:\["[^"`]*"\]|\(\["[^"`]*"\]\))$/;
    const edge = /^ {2}[a-z]+\d* (?:-->|-\.->) [a-z]+\d*$/;
    let diagrams = 0;
    for (const text of mdFiles.values()) {
      for (const m of text.matchAll(/```mermaid\n([\s\S]*?)\n```/g)) {
        diagrams++;
        const [first, ...rest] = m[1]!.split('\n');
        expect(first).toBe('flowchart TD');
        for (const line of rest) expect(node.test(line) || edge.test(line), line).toBe(true);
      }
    }
    expect(diagrams).toBe(2); // the org chart and the workflow
    expect(mdFiles.get('workflows/w1.md')).toContain('#34;引号#34;');
  });

  it('HTML: every user string is escaped; links only to its own anchors', () => {
    expect(page).not.toMatch(/<script|<img|href="javascript/i);
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(brokenHtmlLinks(page)).toEqual([]);
    expect(duplicateIds(page)).toEqual([]);
  });

  it('HTML: the markup is balanced (no user text opened or closed a tag)', () => {
    const voids = new Set(['meta', 'br', 'img', 'hr', '!doctype']);
    const stack: string[] = [];
    for (const m of page.matchAll(/<(\/?)([a-z0-9!]+)[^>]*>/gi)) {
      const name = m[2]!.toLowerCase();
      if (voids.has(name)) continue;
      if (m[1]) expect(stack.pop(), `closing </${name}>`).toBe(name);
      else stack.push(name);
    }
    expect(stack).toEqual([]);
  });
});

describe('escape functions', () => {
  it('md escapes markup characters and turns newlines into <br>', () => {
    expect(md('a|b')).toBe('a\\|b');
    expect(md('<b>')).toBe('&lt;b&gt;');
    expect(md('[x](y)')).toBe('\\[x\\](y)');
    expect(md('a\nb')).toBe('a<br>b');
    expect(md('C# & $5')).toBe('C\\# &amp; \\$5');
    expect(md('负责 B2C/C2C 的运营(含售后)')).toBe('负责 B2C/C2C 的运营(含售后)');
    expect(md('{{ x }} {% y %}')).toBe('&#123;&#123; x }} &#123;% y %}');
  });

  it('mdBlock keeps paragraphs and escapes block starts on every line', () => {
    expect(mdBlock('# a\n- b\n\n2) c')).toBe('\\# a<br>\n\\- b\n\n2\\) c');
  });

  it('html escapes the five characters', () => {
    expect(html(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('mermaidLabel leaves nothing that could end the label or start markup', () => {
    expect(mermaidLabel('"a"<b>&#`\\\nc[d]')).toBe('#34;a#34;#60;b#62;#38;#35;#96;#92; c#91;d#93;');
  });
});
