/**
 * Finding the org's files: every *.yaml / *.yml below the given paths,
 * recursively, in sorted path order, skipping dot-directories, node_modules
 * and other repositories (a folder holding `.git`: a submodule), each of
 * which is named in a notice (core/notices.ts).
 *
 * Symbolic links are followed only while they stay inside the folder given:
 * a pull request could otherwise add `org/roles/x.yaml -> /etc/passwd` (or
 * `-> ../../secrets.yaml`) and make CI read, and quote in its messages, a
 * file outside the repository — which the git reader, skipping links, never
 * would. Such a link is not opened; it becomes one finding at the link
 * (outsideLinkFinding). A file reached through a link inside the folder is
 * named by its real path below the folder (`org/zz-real/r.yaml`, not
 * `org/a-link/r.yaml`), so the name does not depend on which link sorts first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { didYouMeanPath, displayPath, isInside } from '../core/paths.js';
import { notice } from '../core/notices.js';
import { describeKind } from './readFile.js';
import type { RawFinding } from './types.js';

const YAML_FILE = /\.ya?ml$/i;

/** A folder below the org's root that is never read (the watcher of `serve` skips the same). */
export function skipDir(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** A symbolic link below a folder given whose real path is outside that folder: never opened. */
export interface OutsideLink {
  /** The link, absolute, as the walk reached it. */
  link: string;
  /** What it points to. */
  kind: 'file' | 'folder';
  /** The folder given (absolute, as given). */
  folder: string;
}

export interface OrgFiles {
  /** Absolute paths of the files to read, sorted, each file once. */
  files: string[];
  /** Links leading out of their folder, sorted by path. */
  outsideLinks: OutsideLink[];
  /** Files and folders whose names are not UTF-8, and YAML files' links that lead nowhere (never opened), sorted by path. */
  badNames: BadName[];
}

/** A YAML file or a folder whose name is not UTF-8: Node names it with U+FFFD, a path that does not exist. */
export interface BadName {
  /** The path, absolute, with U+FFFD for each byte that is not UTF-8. */
  path: string;
  kind: 'file' | 'folder';
  /** Why it cannot be read: its name is not UTF-8 (the default), or it is a YAML file's link that leads nowhere. */
  reason?: 'name' | BrokenLink;
}

/** A symbolic link that leads nowhere: to nothing (ENOENT, ENOTDIR), or round a loop of links (ELOOP). */
export type BrokenLink = 'dangling' | 'loop';

/** One folder given: where it is (`root`, as given) and what it really is (`realRoot`). */
interface Walk {
  root: string;
  realRoot: string;
  files: string[];
  /** The real path of each file found, known from the walk (only a link needed a lookup). */
  realOf: Map<string, string>;
  outsideLinks: OutsideLink[];
  badNames: BadName[];
  /** Real paths of the folders walked: a folder reached again (a link loop, two links) is walked once. */
  seen: Set<string>;
  /** Folders below the one given holding `.git`, not walked (named as the walk reached them). */
  otherRepositories: string[];
}

/** `real` named below the folder given, when it is inside it. */
function insidePath(walk: Walk, real: string): string | undefined {
  if (!isInside(walk.realRoot, real)) return undefined;
  const rel = path.relative(walk.realRoot, real);
  return rel ? path.join(walk.root, rel) : walk.root;
}

function realPathOf(p: string): string | undefined {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return undefined; // a dangling link, a loop of links (ELOOP): nothing to read
  }
}

// An explicit stack, not recursion: a folder tree of any depth is walked. Every folder on the stack is
// named by its real path below the folder given, so only a link needs its real path looked up.
function walk(w: Walk): void {
  const stack = [w.root];
  for (let dir = stack.pop(); dir !== undefined; dir = stack.pop()) {
    const real = path.join(w.realRoot, path.relative(w.root, dir));
    if (w.seen.has(real)) continue;
    w.seen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      throw new UsageError(`cannot read directory ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    // A folder below the one given that holds `.git` is another repository (a submodule, a nested clone):
    // skipped like node_modules. orgctl reads one repository, and a revision read from git holds none of its files.
    if (dir !== w.root && entries.some((e) => e.name === '.git')) {
      w.otherRepositories.push(dir);
      continue;
    }
    const below: string[] = [];
    for (const entry of entries.sort((a, b) => compareNames(a.name, b.name))) {
      const full = path.join(dir, entry.name);
      // The entry's own type says what a plain file or folder is; a link (or a type the file system did not
      // say) is looked at behind it. One stat per file of a large org was a tenth of finding its files.
      const plain = entry.isFile() || entry.isDirectory();
      let stat: fs.Stats | fs.Dirent = entry;
      if (!plain) {
        try {
          stat = fs.statSync(full);
        } catch (err) {
          // A YAML file's link that leads nowhere is a file the org meant to hold: said, not skipped unseen.
          // Any other name that leads nowhere may have been a folder or a note: no file of the org, skipped.
          // (A link whose name is not UTF-8 cannot be found by that name either: skipped, as git skips it.)
          const broken =
            entry.isSymbolicLink() && YAML_FILE.test(entry.name) && fs.lstatSync(full, { throwIfNoEntry: false })
              ? brokenLink(err)
              : undefined;
          if (broken) w.badNames.push({ path: full, kind: 'file', reason: broken });
          continue;
        }
      }
      // Anything but a folder or a YAML file (a FIFO, a device, a socket, also behind a symlink) is never opened:
      // opening a FIFO blocks and a device such as /dev/zero never ends. Skipped as any non-YAML file is.
      const isFolder = stat.isDirectory();
      if (isFolder ? skipDir(entry.name) : !(stat.isFile() && YAML_FILE.test(entry.name))) continue;
      // A name that is not UTF-8 comes back with U+FFFD in it, a path that does not exist: it cannot be opened.
      if (entry.name.includes('\uFFFD') && !fs.existsSync(full)) {
        w.badNames.push({ path: full, kind: isFolder ? 'folder' : 'file' });
        continue;
      }
      let inside: string | undefined = full;
      let realFile = path.join(real, entry.name);
      if (entry.isSymbolicLink()) {
        const target = realPathOf(full);
        if (target === undefined) continue;
        inside = insidePath(w, target);
        realFile = target;
      }
      if (inside === undefined) w.outsideLinks.push({ link: full, kind: isFolder ? 'folder' : 'file', folder: w.root });
      else if (isFolder) below.push(inside);
      else {
        w.files.push(inside);
        w.realOf.set(inside, realFile);
      }
    }
    // Popped in sorted order; the names are sorted at the end anyway.
    for (let i = below.length - 1; i >= 0; i--) stack.push(below[i]!);
  }
}

/** How a link that could not be followed leads nowhere (undefined: it leads somewhere unreadable, e.g. EACCES). */
export function brokenLink(err: unknown): BrokenLink | undefined {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ELOOP' ? 'loop' : code === 'ENOENT' || code === 'ENOTDIR' ? 'dangling' : undefined;
}

/**
 * Why an input cannot be read: a symbolic link to nothing or a loop of links says so (the name is there, so
 * "not found" would send the user looking for a typo); a missing name gets the nearest one in its folder.
 */
function notFound(input: string, abs: string, cwd: string): UsageError {
  let isLink = false;
  try {
    isLink = fs.lstatSync(abs).isSymbolicLink();
  } catch {
    // nothing there at all
  }
  if (!isLink) return new UsageError(`path not found: ${input}${didYouMeanPath(input, cwd)}`);
  const fix = "point it at the org, or give the org's own path";
  try {
    fs.statSync(abs);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOOP') return new UsageError(`${input} is a loop of symbolic links (ELOOP): ${fix}`);
  }
  return new UsageError(`${input} is a symbolic link to ${fs.readlinkSync(abs)}, which does not exist: ${fix}`);
}

/** What is at `p`, or undefined when nothing can be read there (missing, below a file, no permission). */
function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

/** Code-unit order, like `sort` on the path strings: stable across platforms and locales. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The YAML files under `inputs` (files given explicitly are taken whatever
 * their extension, links or not: the user named them) and the links that
 * lead out of a folder given. A path that does not exist, or that is not a
 * regular file or directory (a FIFO, a device), is a UsageError.
 */
export function findOrgFiles(inputs: string[], cwd = process.cwd()): OrgFiles {
  const out: string[] = [];
  const outsideLinks: OutsideLink[] = [];
  const badNames: BadName[] = [];
  const seen = new Set<string>();
  const realOf = new Map<string, string>();
  const otherRepositories: string[] = [];
  for (const input of inputs.length ? inputs : ['.']) {
    const abs = path.resolve(cwd, input);
    const stat = statOrUndefined(abs);
    if (!stat) throw notFound(input, abs, cwd);
    if (stat.isDirectory()) {
      const w: Walk = { root: abs, realRoot: realPathOf(abs) ?? abs, files: [], realOf, outsideLinks, badNames, seen, otherRepositories };
      walk(w);
      out.push(...w.files);
    } else if (stat.isFile()) {
      out.push(abs);
    } else {
      // Named explicitly, so not skipped in silence: the user meant something that cannot be read as a file.
      throw new UsageError(`${input} is ${describeKind(stat)}, not a file or directory`);
    }
  }
  // Not a finding: nothing in the org is wrong, and a revision read from git (which holds none of the
  // repository's files) has none, so `diff rev:main dir:org` would report it as introduced.
  for (const repo of [...new Set(otherRepositories)].sort(compareNames))
    notice(
      `${displayPath(repo, cwd)}/ is another git repository (a submodule or a nested clone), so its files were not read: orgctl reads one repository; give its path to read it`,
    );
  const links = [...new Map(outsideLinks.map((l) => [l.link, l])).values()].sort((a, b) => compareNames(a.link, b.link));
  // Sorted, de-duplicated path order across all inputs.
  return {
    files: onePathPerFile([...new Set(out)].sort(compareNames), realOf),
    outsideLinks: links,
    badNames: [...new Map(badNames.map((b) => [b.path, b])).values()].sort((a, b) => compareNames(a.path, b.path)),
  };
}

/** Absolute paths of the YAML files under `inputs` (findOrgFiles without the links it does not follow). */
export function findYamlFiles(inputs: string[], cwd = process.cwd()): string[] {
  return findOrgFiles(inputs, cwd).files;
}

/**
 * The finding for a link that leads out of the org's folder (on disk: findOrgFiles; in git: loadGitFiles),
 * at the link, saying what to do instead. `link` and `folder` as findings show paths.
 */
export function outsideLinkFinding(kind: OutsideLink['kind'], link: string, folder: string): RawFinding {
  return {
    rule: 'yaml-syntax',
    message: `${kind} is a symbolic link to a ${kind} outside the folder '${folder}', which orgctl does not read: replace the link with the ${kind} itself`,
    file: link,
    line: 1,
    column: 1,
  };
}

/** The findings for the links findOrgFiles did not follow and the names it could not open. */
export function outsideLinkFindings(links: OutsideLink[], cwd = process.cwd(), badNames: BadName[] = []): RawFinding[] {
  return [
    ...links.map((l) => outsideLinkFinding(l.kind, displayPath(l.link, cwd), displayPath(l.folder, cwd))),
    ...badNames.map((b) =>
      b.reason === undefined || b.reason === 'name'
        ? badNameFinding(b.kind, displayPath(b.path, cwd))
        : brokenLinkFinding(b.reason, displayPath(b.path, cwd)),
    ),
  ];
}

/**
 * The finding for a YAML file's symbolic link to nothing, or in a loop of links (on disk: findOrgFiles;
 * in git: loadGitFiles), at the link: the file the org meant to hold is missing, so it is said, with the fix.
 */
export function brokenLinkFinding(reason: BrokenLink, shown: string): RawFinding {
  return {
    rule: 'yaml-syntax',
    message:
      reason === 'dangling'
        ? 'file is a symbolic link to nothing (its target does not exist), so orgctl cannot read it: restore the target, or remove the link'
        : 'file is a symbolic link in a loop of links, so orgctl cannot read it: point the link at a file, or remove it',
    file: shown,
    line: 1,
    column: 1,
  };
}

/**
 * The finding for a YAML file or folder whose name is not UTF-8 (on disk: findOrgFiles; in git:
 * loadGitFiles): it cannot be opened by that name, nor named exactly in a message, so it is not read.
 */
export function badNameFinding(kind: BadName['kind'], shown: string): RawFinding {
  return {
    rule: 'yaml-syntax',
    message: `${kind} name is not UTF-8 (shown here with U+FFFD for each byte that is not), so orgctl cannot read it: rename the ${kind} with a UTF-8 name`,
    file: shown,
    line: 1,
    column: 1,
  };
}

/**
 * The paths with each file once: a symlink to a file that is also read under
 * its own path (a `copy.yaml -> org.yaml` beside it, or a file named twice)
 * would make every entity in it a duplicate of itself. The path kept is the
 * one that is not a link when there is one, else the first; order is kept.
 */
function onePathPerFile(paths: string[], realOf: ReadonlyMap<string, string>): string[] {
  const chosen = new Map<string, string>();
  const isLink = (p: string) => fs.lstatSync(p, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  for (const p of paths) {
    let real = realOf.get(p); // a file the walk found; a file named on the command line is looked up
    if (real === undefined) {
      try {
        real = fs.realpathSync.native(p);
      } catch {
        real = p; // gone since the walk: whoever reads it says so
      }
    }
    const before = chosen.get(real);
    if (before === undefined || (isLink(before) && !isLink(p))) chosen.set(real, p);
  }
  const kept = new Set(chosen.values());
  return paths.filter((p) => kept.has(p));
}

/**
 * Whether writing `file` would touch the org read from `inputs`: 'input' when
 * it is one of the files read now (or a link to one), 'inside' when it is a
 * YAML file below an input directory, which the next run would read as part
 * of the org. `inputs` are paths (a caller reading git revisions passes the
 * org's path in the worktree). Paths that do not exist yet are compared as given.
 */
export function touchesInputs(file: string, inputs: string[], cwd = process.cwd()): 'input' | 'inside' | undefined {
  const real = (p: string): string => {
    try {
      return fs.realpathSync(p);
    } catch {
      // Not there yet: resolve its directory (which may be a link) and keep the name.
      const dir = path.dirname(p);
      return dir === p ? p : path.join(real(dir), path.basename(p));
    }
  };
  const target = real(path.resolve(cwd, file));
  for (const input of inputs.length ? inputs : ['.']) {
    const abs = path.resolve(cwd, input);
    const stat = statOrUndefined(abs);
    const source = real(abs);
    // Missing inputs are compared as directories: the org a git revision is read from may be absent from
    // the worktree, and a report written there would become part of it.
    if (stat && !stat.isDirectory()) {
      if (source === target) return 'input';
      continue;
    }
    const rel = path.relative(source, target);
    if (!rel || !isInside(source, target)) continue;
    const parts = rel.split(path.sep);
    if (!YAML_FILE.test(rel) || parts.slice(0, -1).some(skipDir)) continue;
    return fs.existsSync(target) ? 'input' : 'inside';
  }
  return undefined;
}
