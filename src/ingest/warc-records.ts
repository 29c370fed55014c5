// WARC record framing (WARC/1.0 and 1.1) over plain or gzip input, one record at a time:
// version line, header fields, blank line, Content-Length bytes of block, CRLF CRLF.
import { ByteReader } from './byte-reader.js';
import { GzipError, gunzipMembers } from './gzip.js';

export interface WarcRecord {
  // File offset: the gzip member start for .warc.gz (one member per record, as CC-NEWS writes them;
  // a whole-file gzip gives every record the same offset 0), the record start for .warc.
  offset: number;
  headers: Map<string, string>; // lower-cased names
  block: Buffer | null; // null when the caller did not want it
}

export class WarcFormatError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function isBlankLine(line: Buffer): boolean {
  return (
    (line.length === 1 && line[0] === 0x0a) || (line.length === 2 && line[0] === 0x0d && line[1] === 0x0a)
  );
}

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** Peek at the first chunk to pick plain or gzip framing, then replay it. */
async function* withFirst(first: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  for (;;) {
    const r = await rest.next();
    if (r.done) return;
    yield r.value;
  }
}

/**
 * Records of a WARC stream. `want(headers)` says whether to read a record's block into memory;
 * other blocks are skipped. A truncated or malformed file ends with a WarcFormatError giving the
 * offset of the record that could not be read; records before it have already been yielded.
 */
export async function* warcRecords(
  chunks: AsyncIterable<Uint8Array>,
  want: (headers: Map<string, string>) => boolean,
): AsyncGenerator<WarcRecord> {
  const it = chunks[Symbol.asyncIterator]();
  let first: Uint8Array | undefined;
  for (;;) {
    const r = await it.next();
    if (r.done) return;
    if (r.value.length) {
      first = r.value;
      break;
    }
  }
  const source = withFirst(first, it);
  const gz = isGzip(first);
  const reader = new ByteReader(gz ? gunzipMembers(source) : source);
  const place = async () => (gz ? ((await reader.member()) ?? reader.pos) : reader.pos);

  for (;;) {
    let offset: number;
    let line: Buffer | null;
    try {
      // Blank lines between records (the CRLF CRLF after each block) carry nothing.
      do {
        offset = await place();
        line = await reader.readLine(4096);
      } while (line && isBlankLine(line));
      if (!line) return;
      const version = line.toString('latin1').trim();
      if (!/^WARC\/\d+\.\d+$/.test(version)) {
        throw new WarcFormatError(
          offset,
          `expected a WARC/1.x version line, found "${version.slice(0, 40)}"`,
        );
      }
      const headers = new Map<string, string>();
      let name = '';
      for (;;) {
        const h = await reader.readLine(65536);
        if (!h) throw new WarcFormatError(offset, 'truncated WARC record (headers cut off)');
        const s = h.toString('utf8').replace(/\r?\n$/, '');
        if (s === '') break;
        if (/^[ \t]/.test(s) && name) {
          headers.set(name, `${headers.get(name)} ${s.trim()}`); // folded continuation line
          continue;
        }
        const colon = s.indexOf(':');
        if (colon <= 0) throw new WarcFormatError(offset, `malformed WARC header line "${s.slice(0, 40)}"`);
        name = s.slice(0, colon).trim().toLowerCase();
        headers.set(name, s.slice(colon + 1).trim());
      }
      const length = Number(headers.get('content-length'));
      if (!Number.isInteger(length) || length < 0) {
        throw new WarcFormatError(offset, 'WARC record without a valid Content-Length');
      }
      let block: Buffer | null = null;
      if (want(headers)) {
        block = await reader.read(length);
        if (block.length < length) {
          throw new WarcFormatError(
            offset,
            `truncated WARC record (${block.length} of ${length} block bytes)`,
          );
        }
      } else {
        const skipped = await reader.skip(length);
        if (skipped < length) {
          throw new WarcFormatError(offset, `truncated WARC record (${skipped} of ${length} block bytes)`);
        }
      }
      yield { offset, headers, block };
    } catch (err) {
      if (err instanceof GzipError) throw new WarcFormatError(err.offset, err.message);
      throw err;
    }
  }
}
