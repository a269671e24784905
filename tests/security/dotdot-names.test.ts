/**
 * A file or folder whose name starts with two dots (`..drafts.yaml`, `..old/`) is an ordinary name inside
 * its folder, not a way out of it: `path.relative` gives `..drafts.yaml` for it, which must not be read as
 * `../`. Every check of "is this below that folder" goes through one test (isInside, core/paths.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFixes } from '../../src/cli/fixFiles.js';
import { refuseOutputIntoOrg } from '../../src/cli/outputGuard.js';
import { findOrgFiles } from '../../src/load/files.js';
import { isInside } from '../../src/core/paths.js';
import { inScope } from '../../src/load/root.js';
import { temporaryDirs, writeTree } from '../support/tmp.js';

const tmp = temporaryDirs('orgctl-dotdot-');

const ORG = {
  'org/organization.yaml': 'kind: Organization\nid: acme\nname: Acme\n',
  'org/office.yaml': 'kind: Department\nid: office\nname: Office\nhead: ceo\nroles:\n  - id: ceo\n    title: CEO\n',
};

/** A fresh folder (its real path) holding ORG and `files`. */
function orgWith(files: Record<string, string> = {}): string {
  return writeTree(fs.realpathSync(tmp()), { ...ORG, ...files });
}

describe('isInside', () => {
  it('takes a name starting with .. as a name, and ../ as the way out', () => {
    const root = path.resolve('/r/org');
    expect(isInside(root, root)).toBe(true);
    expect(isInside(root, path.join(root, '..drafts.yaml'))).toBe(true);
    expect(isInside(root, path.join(root, '..old', 'a.yaml'))).toBe(true);
    expect(isInside(root, path.join(root, 'sub', '..x.yaml'))).toBe(true);
    expect(isInside(root, path.resolve('/r'))).toBe(false);
    expect(isInside(root, path.resolve('/r/org2/a.yaml'))).toBe(false);
    expect(isInside(root, path.resolve('/r/other/..x.yaml'))).toBe(false);
  });
});

describe('validate of a subfolder', () => {
  it('reports the findings of a file named ..x.yaml in it (they were left out, and a broken org passed)', () => {
    const cwd = orgWith({ 'org/sub/..x.yaml': 'kind: Role\nid: helper\ntitle: Helper\nreports_to: nobody\n' });
    const sub = path.join(cwd, 'org', 'sub');
    expect(inScope('org/sub/..x.yaml', [sub], cwd)).toBe(true);
    expect(inScope('org/..x.yaml', [sub], cwd)).toBe(false);
  });
});

describe('validate --fix (writeFixes)', () => {
  it('writes a fix to a file of the org named ..x.yaml (it was refused as outside the org)', () => {
    const cwd = orgWith({ 'org/..x.yaml': 'kind: Role\nid: helper\ntitle: Helper\nreports_to: ceoo\n' });
    const before = fs.readFileSync(path.join(cwd, 'org/..x.yaml'), 'utf8');
    const fix = { file: 'org/..x.yaml', before, after: before.replace('ceoo', 'ceo'), applied: 1, edits: [] };
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(writeFixes([fix], ['org'], cwd)).toEqual([fix]);
      expect(stderr).not.toHaveBeenCalled();
    } finally {
      stderr.mockRestore();
    }
    expect(fs.readFileSync(path.join(cwd, 'org/..x.yaml'), 'utf8')).toBe(fix.after);
  });
});

describe('-o into the org (refuseOutputIntoOrg)', () => {
  it('refuses a report named ..report.yaml in the org, which the next run would read (it was written)', () => {
    const cwd = orgWith();
    expect(() => {
      refuseOutputIntoOrg('org/..report.yaml', ['org'], cwd);
    }).toThrow(/next run would take it for part of the org/);
    expect(() => {
      refuseOutputIntoOrg('org/..report.json', ['org'], cwd);
    }).not.toThrow();
  });
});

describe.skipIf(process.platform === 'win32')('a link inside the org (findOrgFiles)', () => {
  it('to a file of the org named ..x.yaml is read once, not reported as a link out of the org', () => {
    const cwd = orgWith({ 'org/..x.yaml': 'kind: Department\nid: extra\nname: Extra\n' });
    fs.mkdirSync(path.join(cwd, 'org/a'));
    fs.symlinkSync('../..x.yaml', path.join(cwd, 'org/a/link.yaml'));
    const found = findOrgFiles(['org'], cwd);
    expect(found.outsideLinks).toEqual([]);
    expect(found.files).toContain(path.join(cwd, 'org/..x.yaml'));
    expect(found.files).not.toContain(path.join(cwd, 'org/a/link.yaml'));
  });
});
