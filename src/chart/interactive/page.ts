/**
 * `chart --format html` and the page `orgctl serve` shows: one self-contained
 * HTML file (no CDN, no network; our own script and styles inline). The chart
 * is drawn on a canvas from the embedded drawing, only what is on screen; every
 * user string reaches the page as JSON data in a `<script type="application/json">`
 * block (escaped for it by `jsonForScript`) and is shown with textContent or
 * canvas text, never parsed as markup. A Content-Security-Policy allows only
 * this script (by its hash), inline styles and, for `serve`, its own origin.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from '../../core/escape/html.js';
import { jsonForScript, scriptSafeJson } from '../../core/escape/scriptJson.js';
import { CLIENT_SCRIPT } from './clientScript.js';
import type { Payload } from './payload.js';
import type { InteractiveWords } from '../../i18n/index.js';
import { STYLE } from './style.js';

export interface PageOptions {
  /** The page of `orgctl serve`: no embedded data, it fetches chart.json and listens to server-sent events. */
  live?: boolean;
  /** Link to the handbook (serve). */
  handbookHref?: string;
  /** The controls' words when there is no payload yet (serve). */
  words?: InteractiveWords;
}

const SCRIPT_HASH = createHash('sha256').update(CLIENT_SCRIPT).digest('base64');

export function writeHtml(payload: Payload | undefined, title: string, lang: string, options: PageOptions = {}): string {
  const data = payload
    ? dataBlock(jsonForScript(payload))
    : options.words
      ? `<script id="orgctl-words" type="application/json">${jsonForScript(options.words)}</script>\n`
      : '';
  const [before, after] = pageAround(title, lang, options);
  return before + data + after;
}

/**
 * The page of a payload written piece by piece: `emitData` hands the payload's JSON text to its writer
 * in pieces (payloadStream.ts). The same bytes as writeHtml of the whole payload.
 */
export function emitHtml(
  title: string,
  lang: string,
  emitData: (write: (json: string) => void) => void,
  write: (chunk: string) => void,
): void {
  const [before, after] = pageAround(title, lang, {});
  write(before + DATA_OPEN);
  emitData((json) => {
    write(scriptSafeJson(json));
  });
  write(DATA_CLOSE + after);
}

const DATA_OPEN = '<script id="orgctl-data" type="application/json">';
const DATA_CLOSE = '</script>\n';

function dataBlock(safeJson: string): string {
  return DATA_OPEN + safeJson + DATA_CLOSE;
}

/** The page's text before and after its data block. */
function pageAround(title: string, lang: string, options: PageOptions): [string, string] {
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${SCRIPT_HASH}'`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    options.live ? "connect-src 'self'" : '',
  ]
    .filter(Boolean)
    .join('; ');
  const handbook = options.handbookHref ? `<a id="handbook" href="${escapeHtml(options.handbookHref)}"></a>\n` : '';
  const before = `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="orgctl">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body data-live="${options.live ? '1' : '0'}">
<header>
<div class="heading"><h1 id="title"></h1><div id="subtitle"></div></div>
<div class="search"><input id="search" type="search" autocomplete="off" spellcheck="false"><ul id="results" hidden></ul></div>
<div class="tools"><button id="zoom-out" type="button">\u2212</button><button id="zoom-in" type="button">+</button><button id="fit" type="button"></button><button id="expand-all" type="button"></button>
${handbook}</div>
</header>
<div id="banner" role="alert" hidden></div>
<main>
<canvas id="chart" tabindex="0"></canvas>
<canvas id="minimap" hidden></canvas>
<aside id="details" hidden></aside>
<div id="findings" hidden></div>
</main>
<footer id="keys"></footer>
`;
  const after = `<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
  return [before, after];
}
