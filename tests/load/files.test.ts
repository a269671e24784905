/**
 * A file reached twice — through a symlink beside it, or a path given twice in
 * two spellings — is read once: every entity in it would otherwise be a
 * duplicate-id of itself, reported at the real file as a copy of the link.
 * The path kept is the file's own, not the link's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findYamlFiles } from '../../src/load/files.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-files-'));
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function org(name: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'org.yaml'), 'kind: Organization\nid: acme\nname: 阿克米\n');
  return dir;
}

describe.skipIf(process.platform === 'win32')('files reached twice', () => {
  it('a symlink to a file of the org is not read as a second copy', () => {
    const dir = org('file-link');
    fs.symlinkSync('org.yaml', path.join(dir, 'a-link.yaml')); // sorts before the file it names
    expect(findYamlFiles([dir])).toEqual([path.join(dir, 'org.yaml')]);
  });

  it('a file given explicitly and found by a directory walk through a link is one file', () => {
    const dir = org('explicit');
    fs.symlinkSync('org.yaml', path.join(dir, 'copy.yaml'));
    expect(findYamlFiles([path.join(dir, 'copy.yaml'), dir])).toEqual([path.join(dir, 'org.yaml')]);
  });

  it('a link to a file outside the org is still read (once, at the link)', () => {
    const outside = org('outside');
    const dir = org('inside');
    fs.symlinkSync(path.join(outside, 'org.yaml'), path.join(dir, 'shared.yaml'));
    expect(findYamlFiles([dir])).toEqual([path.join(dir, 'org.yaml'), path.join(dir, 'shared.yaml')]);
  });
});
