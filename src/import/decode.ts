/**
 * Bytes of a CSV export → text. Chinese Excel saves "CSV" in the system code
 * page (GBK, or GB18030 which contains it), WPS and newer Excel in UTF-8 with a
 * BOM, other tools in UTF-8 without one. A BOM decides; otherwise the bytes are
 * tried as strict UTF-8 (GBK text with any Chinese in it is almost never valid
 * UTF-8) and then as GB18030, which decodes every GBK byte sequence.
 */
import { UsageError } from '../core/errors.js';
import { encodingName, ENCODING_NAMES, orList } from './types.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

export function decodeRoster(bytes: Uint8Array, file: string, forced?: string): Decoded {
  if (forced !== undefined)
    return { text: decodeAs(bytes, normaliseEncoding(forced, file), file), encoding: normaliseEncoding(forced, file) };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: decodeAs(bytes.subarray(3), 'utf-8', file), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeAs(bytes.subarray(2), 'utf-16le', file), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeAs(bytes.subarray(2), 'utf-16be', file), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeAs(bytes, 'gb18030', file), encoding: 'gb18030' };
  }
}

function normaliseEncoding(name: string, file: string): Encoding {
  const known = encodingName(name);
  // GBK and GB2312 are subsets of GB18030: one decoder reads them all.
  if (known === 'gbk' || known === 'gb18030') return 'gb18030';
  if (known !== undefined) return known;
  throw new UsageError(`${file}: unknown --encoding '${name}'; use ${orList(ENCODING_NAMES)}`);
}

function decodeAs(bytes: Uint8Array, encoding: Encoding, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(
      `${file} is neither UTF-8 nor ${encoding === 'utf-8' ? 'GBK/GB18030' : encoding.toUpperCase()}: save it from the spreadsheet as "CSV UTF-8", or convert it (iconv -f <encoding> -t UTF-8)`,
    );
  }
}
