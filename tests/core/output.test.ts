/** A write that fails says why in words and what to do, not only an errno code. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/core/fs/output.js';
import { temporaryDirs } from '../support/tmp.js';

const tmpDir = temporaryDirs('orgctl-output-');

afterEach(() => {
  vi.restoreAllMocks();
});

function failingOpen(code: string): void {
  vi.spyOn(fs, 'openSync').mockImplementation(() => {
    throw Object.assign(new Error(code), { code });
  });
}

describe('writeFileAtomic: why a write failed', () => {
  it.each([
    ['EACCES', 'permission denied (EACCES): choose a folder you can write to, or change its permissions'],
    ['EPERM', 'not permitted (EPERM): choose a folder you can write to, or change its permissions'],
    ['EROFS', 'the file system is read-only (EROFS): choose a folder on a writable disk'],
    ['ENOSPC', 'no space left on the device (ENOSPC): free some space, or write elsewhere'],
  ])('%s', (code, words) => {
    const file = path.join(tmpDir(), 'out.svg');
    failingOpen(code);
    expect(() => {
      writeFileAtomic(file, 'x');
    }).toThrow(`cannot write ${file}: ${words}`);
  });

  it('a code it has no words for is still named', () => {
    const file = path.join(tmpDir(), 'out.svg');
    failingOpen('EIO');
    expect(() => {
      writeFileAtomic(file, 'x');
    }).toThrow(`cannot write ${file}: EIO`);
  });

  it('a folder of the path that is a file is named', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'notes'), 'mine\n');
    const file = path.join(dir, 'notes', 'out.svg');
    expect(() => {
      writeFileAtomic(file, 'x');
    }).toThrow(`cannot write ${file}: ${path.join(dir, 'notes')} is a file, not a folder`);
  });
});
