/**
 * The handbook's stylesheet, inlined so the HTML file stands alone. The print
 * rules are what HR exports to PDF: A4 pages, each chapter, department, job
 * description and workflow on a new page, table headers repeated, rows and
 * headings kept with what follows. On screen the org chart keeps its own size
 * (squeezed into the column, a wide chart's titles and legend were a few
 * pixels high) in a frame that scrolls sideways; as a block with auto margins
 * it overflows to the right only, so its left edge stays reachable. Printed,
 * it fits the page.
 */
export const HANDBOOK_CSS = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0b5cad; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem 4rem; color: var(--ink); background: #fff;
  font: 15px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
    "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans", Arial, sans-serif;
}
h1, h2, h3, h4 { line-height: 1.3; margin: 1.6em 0 .6em; }
h1 { font-size: 1.9rem; border-bottom: 2px solid var(--ink); padding-bottom: .3rem; }
h2 { font-size: 1.45rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.15rem; }
h4 { font-size: 1rem; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--soft); padding: .05em .3em; border-radius: 3px; }
.cover { padding: 4rem 0 2rem; }
.cover h1 { font-size: 2.6rem; border: 0; margin: 0; }
.cover .subtitle { font-size: 1.3rem; color: var(--muted); margin: .4rem 0 0; }
.subtitle { color: var(--muted); margin-top: -.3rem; }
.note { color: var(--muted); font-size: .9em; }
.notice { border: 1px solid #d4a72c; border-left: 6px solid #bf8700; background: #fff8c5; padding: .8rem 1rem; margin: 1.2rem 0; border-radius: 4px; }
.notice p { margin: 0 0 .4rem; }
.notice ul { margin: 0; padding-left: 1.2rem; font-size: .9em; }
nav.toc ol, nav.toc ul { list-style: none; padding-left: 1.2rem; margin: .2rem 0; }
nav.toc > ol { padding-left: 0; }
nav.toc > ol > li { margin-top: .5rem; font-weight: 600; }
nav.toc li li { font-weight: normal; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.2rem; margin: 1rem 0; }
dl.fields > div { display: contents; }
dl.fields dt { color: var(--muted); }
dl.fields dd { margin: 0; }
/* 2px narrower than the text: collapsed outer borders straddle the table's edge, and print clips them at the page margin */
table { border-collapse: collapse; width: calc(100% - 2px); margin: .8rem 1px 1.2rem; font-size: .92em; }
th, td { border: 1px solid var(--line); padding: .35rem .55rem; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.right, th.right { text-align: right; font-variant-numeric: tabular-nums; }
td.center, th.center { text-align: center; }
table.raci td.center { font-weight: 700; }
table.raci td:first-child { white-space: nowrap; }
td.raci-R { background: #dbeafe; } td.raci-A { background: #fde2e1; } td.raci-C { background: #fef3c7; } td.raci-I { background: #eef1f4; }
figure.chart, figure.diagram { margin: 1rem 0; text-align: center; }
figure.diagram img { max-width: 100%; height: auto; }
figure.chart { overflow-x: auto; }
figure.chart img { display: block; margin: 0 auto; max-width: none; height: auto; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85em; border-top: 1px solid var(--line); padding-top: .6rem; }

@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; }
  .cover { padding-top: 30mm; }
  nav.toc { break-before: page; break-after: page; }
  section.chapter { break-before: page; }
  article.page { break-before: page; }
  section.chapter > h1 + article.page { break-before: avoid; }
  h1, h2, h3, h4 { break-after: avoid; }
  tr, dl.fields, figure.chart, figure.diagram, .notice li { break-inside: avoid; }
  thead { display: table-header-group; }
  figure.chart { overflow: visible; }
  figure.chart img { max-width: 100%; max-height: 245mm; }
  td.raci-R, td.raci-A, td.raci-C, td.raci-I, th, .notice { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
