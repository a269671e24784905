/**
 * Link checkers for generated handbooks (used by the tests): every Markdown
 * link and image must be relative, point at a file of the handbook, and, with
 * a #fragment, at an anchor that page defines; every HTML href must be an
 * anchor of the same file, and every src an inline image.
 */
import path from 'node:path';

/** Anchors a Markdown page defines with `<a id="…">`. */
function markdownAnchors(text: string): Set<string> {
  return new Set([...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => unescapeHtml(m[1]!)));
}

function unescapeHtml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}

/** Links and images of a Markdown page, `[text](href)` (escaped `\]` is text, not a link). */
export function markdownLinks(text: string): string[] {
  const withoutCode = text.replace(/```[\s\S]*?```/g, '');
  return [...withoutCode.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map((m) => m[1]!);
}

/** Broken links of a Markdown handbook, as "page: href (why)". */
export function brokenMarkdownLinks(files: Map<string, string>): string[] {
  const anchors = new Map<string, Set<string>>();
  for (const [file, text] of files) if (file.endsWith('.md')) anchors.set(file, markdownAnchors(text));
  const broken: string[] = [];
  for (const [file, text] of files) {
    if (!file.endsWith('.md')) continue;
    for (const href of markdownLinks(text)) {
      const why = checkMarkdownHref(file, href, files, anchors);
      if (why) broken.push(`${file}: ${href} (${why})`);
    }
  }
  return broken;
}

function checkMarkdownHref(from: string, href: string, files: Map<string, string>, anchors: Map<string, Set<string>>): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/') || href.startsWith('//')) return 'not a relative link';
  const [rawPath, rawFragment] = href.split('#', 2) as [string, string | undefined];
  let target = from;
  if (rawPath) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(rawPath);
    } catch {
      return 'bad percent-encoding';
    }
    if (!/^[\p{L}\p{N}\p{M}_.~%/-]+$/u.test(rawPath)) return 'characters that need percent-encoding';
    target = path.posix.normalize(path.posix.join(path.posix.dirname(from), decoded));
    if (target.startsWith('../')) return 'leaves the handbook';
    if (!files.has(target)) return 'no such page';
  }
  if (rawFragment !== undefined) {
    const fragment = decodeURIComponent(rawFragment);
    if (!anchors.get(target)?.has(fragment)) return `no anchor '${fragment}' in ${target}`;
  }
  return undefined;
}

/** Broken links of an HTML handbook: hrefs that are not anchors of the page, srcs that are not inline images. */
export function brokenHtmlLinks(html: string): string[] {
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => unescapeHtml(m[1]!)));
  const broken: string[] = [];
  for (const m of html.matchAll(/\shref="([^"]*)"/g)) {
    const href = unescapeHtml(m[1]!);
    if (!href.startsWith('#')) broken.push(`${href} (not an anchor of the handbook)`);
    else if (!ids.has(decodeURIComponent(href.slice(1)))) broken.push(`${href} (no such id)`);
  }
  for (const m of html.matchAll(/\ssrc="([^"]*)"/g)) {
    if (!m[1]!.startsWith('data:image/svg+xml;base64,')) broken.push(`${m[1]!.slice(0, 40)} (src is not an inline image)`);
  }
  return broken;
}

/** Ids defined more than once in an HTML page. */
export function duplicateIds(html: string): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const m of html.matchAll(/\sid="([^"]*)"/g)) {
    if (seen.has(m[1]!)) dup.add(m[1]!);
    seen.add(m[1]!);
  }
  return [...dup];
}
