// Plain UTF-8 text files (with or without the seed header). Text files must be UTF-8: a bad byte is
// an error naming its offset rather than a silent replacement character in someone's quote.
import type { Origin, ReadResult } from '../types.js';
import { firstBinaryByte, firstInvalidUtf8, stripUtf8Bom } from './bytes.js';
import { fail } from './errors.js';
import { parseSeedFormat } from './seed.js';

/** Check bytes that must be UTF-8 text; returns the decoded string or a failed result. */
export function decodeUtf8Text(buf: Uint8Array, origin: Origin): string | ReadResult {
  const bin = firstBinaryByte(buf);
  if (bin !== -1)
    return fail({ ...origin, byte: bin }, `binary data (byte 0x${hex(buf[bin])}), not a text article`);
  const body = stripUtf8Bom(buf);
  const skipped = buf.length - body.length;
  const bad = firstInvalidUtf8(body);
  if (bad !== -1) return fail({ ...origin, byte: bad + skipped }, `invalid UTF-8 (byte 0x${hex(body[bad])})`);
  return new TextDecoder('utf-8').decode(body);
}

export function readTextBytes(buf: Uint8Array, origin: Origin): ReadResult {
  if (buf.length === 0) return fail(origin, 'empty file');
  const text = decodeUtf8Text(buf, origin);
  if (typeof text !== 'string') return text;
  return parseSeedFormat(text, origin);
}

function hex(b: number): string {
  return b.toString(16).padStart(2, '0');
}
