/**
 * Watching the org's YAML files: one non-recursive fs.watch per folder of the
 * org (a folder's watch sees every file in it, including one an editor
 * replaced by renaming a temporary file over it, which a watch on the file
 * itself would lose), changes gathered for `debounceMs` and reported once.
 * After each change the folder tree is scanned again, so folders that
 * appear are watched and folders that went away are dropped; when the org's
 * own folder goes away it is polled until it is back. A half-written save is
 * reported, and so is the write that completes it.
 */
import fs from 'node:fs';
import path from 'node:path';
// Folders the loader never reads (dot-folders such as .git or .venv, node_modules: they can be huge) are not watched.
import { skipDir } from '../load/files.js';

export interface Watcher {
  close(): void;
}

const YAML = /\.ya?ml$/i;

/** The folder and its sub-folders, breadth first, without links (a link could lead out of the org). */
function foldersBelow(root: string): string[] {
  const out: string[] = [];
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i]!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    out.push(dir);
    for (const e of entries) if (e.isDirectory() && !skipDir(e.name)) queue.push(path.join(dir, e.name));
  }
  return out;
}

export function watchOrg(target: string, onChange: () => void, debounceMs = 80, retryMs = 300): Watcher {
  const abs = path.resolve(target);
  let isFile: boolean;
  try {
    isFile = fs.statSync(abs).isFile();
  } catch {
    isFile = YAML.test(abs);
  }
  const root = isFile ? path.dirname(abs) : abs;
  const only = isFile ? path.basename(abs) : undefined;
  const watchers = new Map<string, fs.FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;
  /** The org's folder was missing at the last scan: its return is a change. */
  let rootGone = false;
  /** The YAML files' sizes and times while a folder cannot be watched (no inotify watch left): polled instead. */
  let polled: string | undefined;

  const fire = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (closed) return;
      sync();
      onChange();
    }, debounceMs);
  };
  /** A YAML file, a folder that is there now or was watched (a folder's name may have a dot: `team.v2`), or the watched folder gone. */
  const relevant = (dir: string, name: string | null) => {
    if (name === null) return true;
    if (only !== undefined) return name === only;
    if (YAML.test(name)) return true;
    const full = path.join(dir, name);
    // The watched folder itself moved or went away (Linux names it, not an entry of it).
    if (watchers.has(full) || !fs.existsSync(dir)) return true;
    if (skipDir(name)) return false;
    try {
      return fs.statSync(full).isDirectory();
    } catch {
      return false;
    }
  };
  const unwatch = (dir: string) => {
    watchers.get(dir)?.close();
    watchers.delete(dir);
  };
  const folders = () => (isFile ? (fs.existsSync(root) ? [root] : []) : foldersBelow(root));
  /** What a change to the org's files changes: each folder and YAML file with its size and time. */
  const snapshot = () =>
    folders()
      .map((dir) => {
        let names: string[];
        try {
          names = fs.readdirSync(dir).filter((n) => (only !== undefined ? n === only : YAML.test(n)));
        } catch {
          return dir;
        }
        return [
          dir,
          ...names.map((n) => {
            const st = fs.statSync(path.join(dir, n), { throwIfNoEntry: false });
            return st ? `${n}\0${st.size}\0${st.mtimeMs}` : n;
          }),
        ].join('\n');
      })
      .join('\n\n');
  /** Watch exactly the folders that exist now. */
  const sync = () => {
    if (closed) return;
    const now = folders();
    if (!now.includes(root)) rootGone = true;
    let failed = false;
    const keep = new Set(now);
    for (const dir of [...watchers.keys()]) if (!keep.has(dir)) unwatch(dir);
    for (const dir of now) {
      if (watchers.has(dir)) continue;
      try {
        const w = fs.watch(dir, { persistent: true }, (_event, name) => {
          if (relevant(dir, name)) fire();
        });
        w.on('error', () => {
          unwatch(dir);
          fire();
        });
        watchers.set(dir, w);
      } catch {
        // Gone between the scan and the watch (the next scan sees it), or no watch left (ENOSPC, EMFILE): polled.
        if (fs.existsSync(dir)) failed = true;
      }
    }
    if (!failed) polled = undefined;
    else polled ??= snapshot();
    if ((rootGone || failed) && !retry) {
      // The org's folder is gone (look for it until it is back), or cannot be watched (look for changes).
      retry = setTimeout(() => {
        retry = undefined;
        if (!fs.existsSync(root)) {
          sync();
          return;
        }
        if (rootGone) {
          rootGone = false;
          fire();
          return;
        }
        const seen = snapshot();
        if (seen === polled) {
          sync();
          return;
        }
        polled = seen;
        fire();
      }, retryMs);
    }
  };
  sync();
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      if (retry) clearTimeout(retry);
      for (const dir of [...watchers.keys()]) unwatch(dir);
    },
  };
}
