/**
 * Suppression comments, in ESLint's grammar:
 *   # orgctl-disable-next-line rule-a, rule-b -- reason
 *   # orgctl-disable rule-a      …      # orgctl-enable rule-a
 * A bare directive covers every rule. A directive that silences nothing is
 * reported as `unused-disable`.
 */
import type { Finding, RawFinding, SourceFile } from '../load/types.js';
import { didYouMeanValue } from '../core/text/suggest.js';

interface Directive {
  type: 'disable-next-line' | 'disable' | 'enable';
  /** undefined = every rule */
  rules?: string[];
  file: string;
  line: number;
  column: number;
  /** Rules this directive actually silenced. */
  used: Set<string>;
  /** For `disable`: line where it stops (exclusive), and per-rule re-enables. */
  end: number;
  reenabled: Map<string, number>;
}

const DIRECTIVE = /^#\s*orgctl-(disable-next-line|disable|enable)(?=\s|$)(.*)$/;
/** What looks like a directive but is none of the three (`orgctl-disable-line`, `orgctl-disabel`): it would silence nothing, silently. */
const NEAR_DIRECTIVE = /^#\s*orgctl-((?:dis|en)\S*)/i;

/** Comments written as directives that orgctl does not know, as unused-disable findings that say what to write. */
function unknownDirectives(file: SourceFile): RawFinding[] {
  const out: RawFinding[] = [];
  for (const c of file.comments) {
    const text = c.text.trim();
    const m = NEAR_DIRECTIVE.exec(text);
    if (!m || DIRECTIVE.test(text)) continue;
    const word = m[1]!;
    // ESLint's `-line` form silences its own line: here the comment goes on the line above.
    const hint = /^disable-line$/i.test(word)
      ? ": orgctl has no disable-line; put '# orgctl-disable-next-line <rule>' on the line above instead"
      : `: orgctl knows orgctl-disable-next-line, orgctl-disable and orgctl-enable${didYouMeanValue(`orgctl-${word}`, ['orgctl-disable-next-line', 'orgctl-disable', 'orgctl-enable'])}`;
    out.push({
      rule: 'unused-disable',
      message: `unknown directive 'orgctl-${word}'${hint}`,
      file: file.path,
      line: c.line,
      column: c.column,
    });
  }
  return out;
}

export function parseDirectives(file: SourceFile): Directive[] {
  const out: Directive[] = [];
  for (const c of file.comments) {
    const m = DIRECTIVE.exec(c.text.trim());
    if (!m) continue;
    const body = m[2]!.split(/\s--(?:\s|$)/)[0]!.trim();
    // A rule named twice is one rule (one unused finding for it, not two).
    const rules = body ? [...new Set(body.split(/[\s,]+/).filter(Boolean))] : undefined;
    out.push({
      type: m[1] as Directive['type'],
      rules,
      file: file.path,
      line: c.line,
      column: c.column,
      used: new Set(),
      end: Infinity,
      reenabled: new Map(),
    });
  }
  // Close regions: an `enable` ends the open `disable`s it names (or all).
  const open: Directive[] = [];
  for (const d of out) {
    if (d.type === 'disable') open.push(d);
    else if (d.type === 'enable') {
      // `used` of an enable: the rules it ended a disable of ('*' for a bare one), so one that ends nothing is reported.
      for (const o of open) {
        if (o.end !== Infinity) continue;
        if (!d.rules) {
          o.end = d.line;
          d.used.add('*');
        } else if (!o.rules) {
          for (const r of d.rules)
            if (!o.reenabled.has(r)) {
              o.reenabled.set(r, d.line);
              d.used.add(r);
            }
        } else {
          for (const r of d.rules)
            if (o.rules.includes(r) && !o.reenabled.has(r)) {
              o.reenabled.set(r, d.line);
              d.used.add(r);
            }
          if (o.rules.every((r) => o.reenabled.has(r))) o.end = d.line;
        }
      }
    }
  }
  return out;
}

function covers(d: Directive, f: RawFinding): boolean {
  if (d.rules && !d.rules.includes(f.rule)) return false;
  const line = f.line ?? 0;
  if (d.type === 'disable-next-line') return line === d.line + 1;
  if (d.type === 'disable') {
    if (line <= d.line || line >= d.end) return false;
    const re = d.reenabled.get(f.rule);
    return re === undefined || line < re;
  }
  return false;
}

/**
 * What is wrong with an `orgctl-enable`: a rule name orgctl does not know (a misspelt enable leaves the
 * disable above it running to the end of the file, silently), or a rule no open disable covers.
 */
function unusedEnable(d: Directive, known: readonly string[]): string[] {
  if (!d.rules) return d.used.size ? [] : ['unused orgctl-enable directive (no orgctl-disable is open above it): remove it'];
  return d.rules
    .filter((r) => !d.used.has(r))
    .map((r) =>
      known.includes(r)
        ? `unused orgctl-enable directive (no orgctl-disable of '${r}' is open above it): remove it`
        : `orgctl-enable names unknown rule '${r}'${didYouMeanValue(r, known)}`,
    );
}

export interface SuppressResult {
  kept: Finding[];
  unused: RawFinding[];
}

/** Drop findings covered by a directive; report directives that covered nothing. */
export function applySuppressions(
  files: SourceFile[],
  findings: Finding[],
  knownRules: Iterable<string>,
  options: {
    /** Rules turned off in Organization.rules: a directive naming one is told so, not that it found nothing. */
    off?: ReadonlySet<string>;
    /** The date a dated org was read at: a directive with nothing to silence that day may have on another. */
    asOf?: string;
  } = {},
): SuppressResult {
  const offRules = options.off ?? new Set<string>();
  const onDate = options.asOf === undefined ? '' : ` as of ${options.asOf}: check other dates with --as-of before removing it`;
  const byFile = new Map<string, Directive[]>();
  const unused: RawFinding[] = [];
  for (const file of files) {
    if (!file.comments.length) continue;
    const ds = parseDirectives(file);
    if (ds.length) byFile.set(file.path, ds);
    unused.push(...unknownDirectives(file));
  }
  if (!byFile.size) return { kept: findings, unused };

  const kept: Finding[] = [];
  for (const f of findings) {
    const ds = f.file !== undefined ? byFile.get(f.file) : undefined;
    const hit = ds?.filter((d) => d.type !== 'enable' && covers(d, f));
    if (hit?.length) for (const d of hit) d.used.add(f.rule);
    else kept.push(f);
  }

  const known = [...knownRules];
  for (const ds of byFile.values()) {
    for (const d of ds) {
      const where = { file: d.file, line: d.line, column: d.column };
      if (d.type === 'enable') {
        unused.push(...unusedEnable(d, known).map((message) => ({ rule: 'unused-disable', message, ...where })));
        continue;
      }
      if (!d.rules) {
        if (!d.used.size)
          unused.push({ rule: 'unused-disable', message: `unused orgctl-${d.type} directive (no findings to silence${onDate})`, ...where });
        continue;
      }
      for (const r of d.rules) {
        if (d.used.has(r)) continue;
        const message = !known.includes(r)
          ? `orgctl-${d.type} names unknown rule '${r}'${didYouMeanValue(r, known)}`
          : r === 'unused-disable'
            ? // Its findings are made here, after every directive was applied: a comment cannot reach them.
              `orgctl-${d.type} names 'unused-disable', whose findings no comment can silence: remove it, and set 'unused-disable: off' in the Organization's rules instead`
            : offRules.has(r)
              ? `unused orgctl-${d.type} directive: '${r}' is off in the Organization's rules, so there is nothing to silence; remove it`
              : `unused orgctl-${d.type} directive (no '${r}' finding to silence${onDate})`;
        unused.push({ rule: 'unused-disable', message, ...where });
      }
    }
  }
  return { kept, unused };
}
