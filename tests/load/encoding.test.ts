/**
 * A YAML file that is not UTF-8 is one yaml-syntax finding that names the
 * encoding when it can tell (UTF-16 from Windows Notepad or PowerShell's `>`,
 * GBK from a Chinese Windows editor), says how to convert it, and points at
 * the first byte that is not UTF-8 rather than at 1:1.
 */
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/load/parse.js';
import { buildModel } from '../../src/model/build.js';
import { runRules } from '../../src/lint/engine.js';

const TEXT = 'kind: Department\nid: 运营部\nname: 运营部\n';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (bigEndian) le.swap16();
  return le;
}

describe('a file that is not UTF-8', () => {
  it('UTF-16 with a byte-order mark is said to be UTF-16, not binary', () => {
    for (const [bigEndian, name] of [
      [false, 'UTF-16LE'],
      [true, 'UTF-16BE'],
    ] as const) {
      const { findings } = parseBytes(utf16(TEXT, bigEndian), 'org.yaml');
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ rule: 'yaml-syntax', file: 'org.yaml', line: 1, column: 1 });
      expect(findings[0]!.message).toBe(`file is ${name} text, not UTF-8: save it as UTF-8 (for example: iconv -f UTF-16 -t UTF-8)`);
    }
  });

  it('GBK text is named, and the finding is at its first byte that is not UTF-8', () => {
    const gbkName = Buffer.from([0xd4, 0xcb, 0xd3, 0xaa, 0xb2, 0xbf]); // 运营部 in GBK
    const bytes = Buffer.concat([Buffer.from('kind: Department\nid: ops\nname: '), gbkName, Buffer.from('\n')]);
    const { findings } = parseBytes(bytes, 'dept.yaml');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'yaml-syntax', file: 'dept.yaml', line: 3, column: 7 });
    expect(findings[0]!.message).toBe(
      'file is not valid UTF-8 (byte 0xd4 here); it looks like GBK/GB18030: save it as UTF-8 (for example: iconv -f GB18030 -t UTF-8)',
    );
  });

  it('the column counts the UTF-8 text before the bad byte on its line', () => {
    const bytes = Buffer.concat([Buffer.from('a: 1\nname: 运营'), Buffer.from([0xff]), Buffer.from('\n')]);
    const { findings } = parseBytes(bytes, 'x.yaml');
    expect(findings[0]).toMatchObject({ line: 2, column: 9 });
    expect(findings[0]!.message).toBe(
      'file is not valid UTF-8 (byte 0xff here): save it as UTF-8 (for example: iconv -f <its encoding> -t UTF-8)',
    );
  });

  it('UTF-8, with or without a BOM, is read as before', () => {
    expect(parseBytes(Buffer.from(TEXT), 'a.yaml').findings).toEqual([]);
    expect(parseBytes(Buffer.from(`\ufeff${TEXT}`), 'a.yaml').findings).toEqual([]);
  });

  it('bytes with NULs and no UTF-16 mark are still binary', () => {
    const { findings } = parseBytes(Uint8Array.of(1, 2, 0, 3, 0xff), 'blob.yaml');
    expect(findings.map((f) => f.message)).toEqual(['file is binary (contains NUL bytes), not YAML']);
  });
});

describe('Latin-1 is not taken for GBK', () => {
  it('no encoding is guessed for bytes that are not GB18030 Chinese', () => {
    const { findings } = parseBytes(Buffer.from('kind: Department\nid: cafe\nname: Caf\xe9 M\xfcller\n', 'latin1'), 'd.yaml');
    expect(findings[0]).toMatchObject({ line: 3, column: 10 });
    expect(findings[0]!.message).not.toMatch(/GBK/);
  });
});

describe('one mistake, one finding', () => {
  it('an Organization in a file that is not UTF-8 is not also missing', () => {
    const parsed = parseBytes(Buffer.from('kind: Organization\nid: acme\nname: Caf\xe9\n', 'latin1'), 'org.yaml');
    const model = buildModel([parsed.file]);
    expect(runRules(model).map((f) => f.rule)).toEqual([]);
    expect(parsed.findings.map((f) => f.rule)).toEqual(['yaml-syntax']);
  });
});

describe('lines that end in CR alone (classic Mac line ends)', () => {
  it('are one finding that says to save the file with LF line ends, at the first line end', () => {
    const parsed = parseBytes(Buffer.from('kind: Organization\rid: acme\rname: 阿克米\r'), 'org.yaml');
    expect(parsed.findings).toHaveLength(1);
    expect(parsed.findings[0]).toMatchObject({ rule: 'yaml-syntax', file: 'org.yaml', line: 1, column: 19 });
    expect(parsed.findings[0]!.message).toMatch(/^lines end in a carriage return alone .*: save the file with LF line ends/);
    // The Organization it holds is not read, so it is not also reported missing.
    expect(runRules(buildModel([parsed.file])).map((f) => f.rule)).toEqual([]);
  });

  it('are not CRLF, nor a stray CR in a file of LF lines', () => {
    expect(parseBytes(Buffer.from('kind: Organization\r\nid: acme\r\nname: Acme\r\n'), 'a.yaml').findings).toEqual([]);
    const stray = parseBytes(Buffer.from('kind: Organization\nid: acme\nname: "A\rB"\n'), 'b.yaml');
    expect(stray.findings.map((f) => f.message).join()).not.toMatch(/carriage return/);
  });
});

describe('NUL bytes in a file that is not binary', () => {
  it('UTF-16 saved without a byte-order mark is named, with the byte order iconv must be told (was "binary")', () => {
    for (const [bigEndian, name] of [
      [false, 'UTF-16LE'],
      [true, 'UTF-16BE'],
    ] as const) {
      const bytes = Buffer.from(TEXT, 'utf16le');
      if (bigEndian) bytes.swap16();
      const { findings } = parseBytes(bytes, 'org.yaml');
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ rule: 'yaml-syntax', line: 1, column: 1 });
      expect(findings[0]!.message).toBe(`file is ${name} text, not UTF-8: save it as UTF-8 (for example: iconv -f ${name} -t UTF-8)`);
    }
  });

  it('a stray NUL in UTF-8 text is one finding at it that says to delete it (was "binary" at 1:1)', () => {
    const bytes = Buffer.concat([Buffer.from('kind: Department\nid: 运营部\nname: 运营'), Buffer.from([0]), Buffer.from('部\n')]);
    const { findings } = parseBytes(bytes, 'dept.yaml');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'yaml-syntax', file: 'dept.yaml', line: 3, column: 9 });
    expect(findings[0]!.message).toBe('file holds a NUL character (byte 0x00) here, which YAML does not allow: delete it');
  });
});

describe('control characters in UTF-8 text', () => {
  it('each is one finding at it that says to delete it, and the file is still read (yaml took them into values silently)', () => {
    const text = 'kind: Department\nid: 运营部\nname: 运营\x07部\n# 备注 \x1b[31m红字\nresponsibilities:\n  - "全店\x0c运营"\n';
    const { file, findings } = parseBytes(Buffer.from(text), 'dept.yaml');
    expect(findings.map((f) => `${f.rule}@${String(f.line)}:${String(f.column)}`)).toEqual([
      'yaml-syntax@3:9',
      'yaml-syntax@4:6',
      'yaml-syntax@6:8',
    ]);
    expect(findings[0]!.message).toBe('control character U+0007 here, which YAML does not allow (editors do not show it): delete it');
    expect(file.docs).toHaveLength(1);
    // Tab, LF and CR are text; escapes written in a quoted string are not control characters in the file.
    expect(parseBytes(Buffer.from('kind: Department\r\nid: a\r\nname: "A\\tB\\u0007"\t# tab\r\n'), 'b.yaml').findings).toEqual([]);
  });

  it('a file of many gives the first ten', () => {
    const { findings } = parseBytes(Buffer.from(`kind: Department\nid: a\nname: "${'\x01'.repeat(50)}"\n`), 'c.yaml');
    expect(findings).toHaveLength(10);
  });
});
