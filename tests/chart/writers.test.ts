/** The four writers: SVG (self-contained, well-formed, escaped), Mermaid, DOT, and that the last two never need a layout. */
import { spawnSync } from 'node:child_process';
import { xmlProblem } from '../support/xml.js';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/chart/index.js';
import { example, org } from './fixtures.js';

/** An org whose every user string tries to break out of its context. */
const HOSTILE = org(
  `kind: Department
id: d1
name: "R&D </text><script>alert(1)</script>"
head: boss
responsibilities: ["'quoted' & \\"double\\" <b>bold</b>"]
roles:
  - id: boss
    title: "<script>alert('x')</script>"
    holders: ["Eve <eve@example.com>", "O'Brien & Sons"]
    responsibilities: ["]]> --> <!-- #1; #quot; \`tick\` \\\\N"]
  - id: r.2-x
    title: "a\\"b --> c"
    reports_to: boss
    dotted_line: [boss]
  - id: end
    title: "end \`subgraph\` graph \\\\N"
    reports_to: r.2-x
    dotted_line: [boss]
`,
  'en',
);

describe('SVG', () => {
  it('is well-formed XML with a viewBox, and every user string is text, never markup', async () => {
    const svg = await renderChart(HOSTILE);
    expect(xmlProblem(svg)).toBe(true);
    expect(svg).toMatch(/<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(svg).toContain('R&amp;D &lt;/text&gt;');
    expect(svg).toContain('O&#39;Brien &amp; Sons');
    expect(svg).toContain(']]&gt; --&gt; &lt;!--');
  });

  it('is self-contained: no external fonts, images, scripts, links or stylesheets', async () => {
    const svg = await renderChart(example('ops-center'));
    for (const bad of ['<script', '<image', 'href=', '@import', '@font-face', '<foreignObject']) expect(svg).not.toContain(bad);
    // url() only for the arrowhead marker defined in the file itself.
    expect(svg).not.toMatch(/url\((?!#dotted-arrow\))/);
    expect(svg).toContain('<marker id="dotted-arrow"');
  });

  it('has a <title> tooltip with responsibilities on each role and department, and dashed dotted lines', async () => {
    const svg = await renderChart(example('ops-center'));
    expect(svg).toContain('根据集团发展战略,制定电子商务业务发展规划');
    expect(svg).toMatch(/<title>运营总监\n电商运营中心\n编制 1\n在岗: 张伟\n• 根据集团发展战略/);
    expect(svg).toMatch(
      /<path class="dotted" d="M[\d. LM]+" marker-end="url\(#dotted-arrow\)"><title>商品专员 虚线汇报给 运营主管<\/title>/,
    );
    expect(svg).toContain('stroke-dasharray');
    // Seats, holders and vacancies in the boxes.
    expect(svg).toContain('>×5</tspan>');
    expect(svg).toContain('>赵磊、孙丽、周杰</tspan>');
    expect(svg).toContain('<tspan class="vacant">空缺 2</tspan>');
  });

  it('characters XML cannot hold are replaced, not written', async () => {
    const svg = await renderChart(org('kind: Role\nid: r\ntitle: "bell\\u0007 and \\uFFFF"\n'));
    expect(xmlProblem(svg)).toBe(true);
    expect(svg).toContain('bell\ufffd and \ufffd');
  });
});

describe('Mermaid', () => {
  it('is a flowchart TB with sanitised ids, quoted labels and subgraphs per department', async () => {
    const text = await renderChart(example('ops-center'), { format: 'mermaid' });
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['---', 'title: "电商运营中心 组织架构图 — 16 个岗位 · 编制 24"', '---', 'flowchart TB']);
    expect(text).toContain('subgraph g_u8fd0u8425u4e2du5fc3["电商运营中心 · 编制 24"]');
    // Every node definition: an ASCII id and a quoted label.
    const nodes = lines.filter((l) => /\["/.test(l) && !l.trim().startsWith('subgraph'));
    expect(nodes.length).toBe(16);
    for (const n of nodes) expect(n.trim()).toMatch(/^[A-Za-z0-9_]+\["[^"]*"\]$/);
    expect(text).toContain('r_u7f8eu5de5["美工<br/>赵磊、孙丽、周杰<br/>×5 · 空缺 2"]');
    expect(text).toMatch(/r_u8fd0u8425u603bu76d1 --> r_u9500u552eu4e3bu7ba1/);
    expect(text).toMatch(/ -\.-> /);
    // subgraph/end balance
    expect(lines.filter((l) => l.trim().startsWith('subgraph')).length).toBe(lines.filter((l) => l.trim() === 'end').length);
  });

  it('names the part of the org in view in its title, like the other formats', async () => {
    const title = async (options: object) => (await renderChart(example('ops-center'), { format: 'mermaid', ...options })).split('\n')[1];
    expect(await title({ root: '运营主管' })).toMatch(/^title: "电商运营中心 组织架构图 — 运营主管.* · \d+ 个岗位 · 编制 \d+"$/);
    expect(await title({ department: '美工组' })).toMatch(/^title: "电商运营中心 组织架构图 — 美工组 · /);
    expect(await title({ depth: 1 })).toContain(' · 向下 1 层"');
  });

  it('escapes what Mermaid would read as syntax, and keeps ids unique and clear of keywords', async () => {
    const text = await renderChart(HOSTILE, { format: 'mermaid' });
    expect(text).not.toContain('<script');
    expect(text).toContain("#60;script#62;alert('x')#60;/script#62;");
    expect(text).toContain('a#34;b --#62; c');
    expect(text).toContain('r_end["end #96;subgraph#96; graph #92;N"]');
    expect(text).toContain('r_r_2_x["');
    // No label may close its quotes early.
    for (const l of text.split('\n').filter((x) => x.includes('["'))) expect(l.match(/"/g)!.length).toBe(2);
  });
});

describe('DOT', () => {
  it('clusters departments, dashes dotted lines, quotes every id and label', async () => {
    const text = await renderChart(example('ops-center'), { format: 'dot' });
    expect(text.startsWith('digraph org {')).toBe(true);
    expect(text).toContain('subgraph "cluster_美工组" {');
    expect(text).toContain('"美工" [label="美工\\n赵磊、孙丽、周杰\\n×5 · 空缺 2"');
    expect(text).toContain('"运营总监" -> "销售主管";');
    expect(text).toContain('"运营主管" -> "商品专员" [style=dashed, constraint=false');
  });

  it('escapes quotes and backslashes so labels cannot break out', async () => {
    const text = await renderChart(HOSTILE, { format: 'dot' });
    expect(text).toContain('"r.2-x" [label="a\\"b --> c"');
    expect(text).toContain('"end" [label="end `subgraph` graph \\\\N"');
  });

  it.skipIf(spawnSync('dot', ['-V']).status !== 0)('is accepted by Graphviz', async () => {
    for (const model of [example('ops-center'), HOSTILE]) {
      const r = spawnSync('dot', ['-Tsvg'], { input: await renderChart(model, { format: 'dot' }), encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  });
});

describe('palette', () => {
  it('gives each of the first 36 departments its own colour, and roles outside any department a neutral one', async () => {
    const { paletteFor } = await import('../../src/chart/draw/palette.js');
    const strokes = Array.from({ length: 36 }, (_, i) => paletteFor(i).stroke);
    expect(new Set(strokes).size).toBe(36);
    for (const s of strokes) expect(s).toMatch(/^#[0-9a-f]{6}$/);
    expect(paletteFor(-1).stroke).toBe('#6e7781');
  });
});
