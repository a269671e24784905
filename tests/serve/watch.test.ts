/**
 * The watcher behind `orgctl serve`, on its own: which changes it reports.
 * Each test waits for a report (or a quiet spell) rather than timing one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchOrg, type Watcher } from '../../src/serve/watch.js';
import { temporaryDirs, writeTree } from '../support/tmp.js';

const tmp = temporaryDirs('orgctl-serve-watch-');
let open: Watcher | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  open?.close();
  open = undefined;
});

/**
 * Watch `dir`. `next()` resolves on the next report, however long a loaded machine takes to deliver the
 * event: a report that never comes fails the test on its own timeout. `quiet(ms)` is true when no report
 * comes for `ms`: the check that an ignored change stays unreported.
 */
function watching(dir: string) {
  let wake: (() => void) | undefined;
  open = watchOrg(
    dir,
    () => {
      wake?.();
    },
    20,
    50,
  );
  return {
    next(): Promise<void> {
      return new Promise((resolve) => {
        wake = resolve;
      });
    },
    quiet(ms: number): Promise<boolean> {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          resolve(true);
        }, ms);
        wake = () => {
          clearTimeout(timer);
          resolve(false);
        };
      });
    },
  };
}

describe('serve: watcher', () => {
  it('watches a folder with a dot in its name that appears while serving', async () => {
    const dir = writeTree(tmp(), { 'org.yaml': 'kind: Organization\nid: acme\nname: Acme\n' });
    const w = watching(dir);
    fs.mkdirSync(path.join(dir, 'team.v2'));
    await w.next();
    fs.writeFileSync(path.join(dir, 'team.v2', 'roles.yaml'), 'kind: Role\nid: a\ntitle: A\n');
    await w.next();
  });

  it('reports a folder with a dot in its name that is moved away', async () => {
    const dir = writeTree(tmp(), {
      'org.yaml': 'kind: Organization\nid: acme\nname: Acme\n',
      'team.v2/roles.yaml': 'kind: Role\nid: a\ntitle: A\n',
    });
    const w = watching(dir);
    fs.renameSync(path.join(dir, 'team.v2'), path.join(path.dirname(dir), `${path.basename(dir)}-moved`));
    await w.next();
  });

  it('ignores the folders the loader skips (dot-folders, node_modules), like .github', async () => {
    const dir = writeTree(tmp(), {
      'org.yaml': 'kind: Organization\nid: acme\nname: Acme\n',
      '.github/workflows/ci.yml': 'on: push\n',
      '.venv/lib/x.yaml': 'a: 1\n',
    });
    const w = watching(dir);
    fs.writeFileSync(path.join(dir, '.github', 'workflows', 'ci.yml'), 'on: pull_request\n');
    fs.writeFileSync(path.join(dir, '.venv', 'lib', 'x.yaml'), 'a: 2\n');
    expect(await w.quiet(500)).toBe(true);
    fs.writeFileSync(path.join(dir, 'org.yaml'), 'kind: Organization\nid: acme\nname: Acme 2\n');
    await w.next();
  });

  it('a folder that cannot be watched (inotify watches used up) is polled: no report until a file changes', async () => {
    const dir = writeTree(tmp(), { 'org.yaml': 'kind: Organization\nid: acme\nname: Acme\n' });
    vi.spyOn(fs, 'watch').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' });
    });
    const w = watching(dir);
    expect(await w.quiet(500)).toBe(true);
    fs.writeFileSync(path.join(dir, 'org.yaml'), 'kind: Organization\nid: acme\nname: Acme Renamed\n');
    await w.next();
    expect(await w.quiet(500)).toBe(true);
  });

  it('the org folder removed and put back: reported when it is back, and watched again', async () => {
    const parent = tmp();
    const dir = writeTree(path.join(parent, 'org'), { 'org.yaml': 'kind: Organization\nid: acme\nname: Acme\n' });
    const w = watching(dir);
    fs.renameSync(dir, path.join(parent, 'away'));
    await w.next();
    fs.renameSync(path.join(parent, 'away'), dir);
    await w.next();
    fs.writeFileSync(path.join(dir, 'org.yaml'), 'kind: Organization\nid: acme\nname: Acme Back\n');
    await w.next();
  });
});
