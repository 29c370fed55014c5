// Gunzip that knows where each gzip member starts in the compressed file. WARC.gz files are one member
// per record, so the member offset is the record's address (what CDX indexes and error messages use).
// node:zlib's own gunzip hides member boundaries; inflating each member raw gives them back
// (InflateRaw.bytesWritten is exactly the deflate length once the stream ends).
import zlib from 'node:zlib';

export class GzipError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

export interface MemberChunk {
  data: Buffer;
  member: number; // byte offset of the gzip member this data belongs to
}

/** Length of the gzip header at the start of `b`, null when more bytes are needed, -1 if not gzip. */
export function gzipHeaderLength(b: Buffer): number | null {
  if (b.length < 10) return b.length >= 2 && (b[0] !== 0x1f || b[1] !== 0x8b) ? -1 : null;
  if (b[0] !== 0x1f || b[1] !== 0x8b || b[2] !== 8) return -1;
  const flags = b[3];
  let p = 10;
  if (flags & 4) {
    if (b.length < p + 2) return null;
    p += 2 + b.readUInt16LE(p);
  }
  for (const bit of [8, 16]) {
    if (flags & bit) {
      const z = b.indexOf(0, p);
      if (z === -1) return null;
      p = z + 1;
    }
  }
  if (flags & 2) p += 2;
  return b.length >= p ? p : null;
}

export async function* gunzipMembers(input: AsyncIterable<Uint8Array>): AsyncGenerator<MemberChunk> {
  const it = input[Symbol.asyncIterator]();
  let buf: Buffer = Buffer.alloc(0); // compressed bytes not yet handed to an inflater
  let pos = 0; // file offset of buf[0]
  let eof = false;
  const pull = async (): Promise<Buffer | null> => {
    if (eof) return null;
    const r = await it.next();
    if (r.done) {
      eof = true;
      return null;
    }
    return Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
  };

  for (;;) {
    if (buf.length === 0) {
      const c = await pull();
      if (!c) return;
      buf = c;
    }
    let h = gzipHeaderLength(buf);
    while (h === null) {
      const c = await pull();
      if (!c) throw new GzipError(pos, 'truncated gzip header');
      buf = Buffer.concat([buf, c]);
      h = gzipHeaderLength(buf);
    }
    if (h < 0) throw new GzipError(pos, 'not gzip data');

    const member = pos;
    const inflate = zlib.createInflateRaw();
    const out: Buffer[] = [];
    let ended = false;
    let failure: Error | null = null;
    inflate.on('data', (d: Buffer) => out.push(d));
    inflate.on('end', () => {
      ended = true;
    });
    inflate.on('error', (e: Error) => {
      failure = e;
    });
    const write = (c: Buffer) => new Promise<void>((resolve) => inflate.write(c, () => resolve()));
    // Input fed to this member's inflater and not yet consumed by it, so the bytes after the deflate
    // end (trailer + next member) can be recovered; consumed chunks are dropped to keep memory flat.
    const fed: Buffer[] = [buf.subarray(h)];
    let dropped = 0; // bytes of deflate data already dropped from `fed`
    const trim = () => {
      while (fed.length > 1 && dropped + fed[0].length <= inflate.bytesWritten)
        dropped += fed.shift()!.length;
    };
    await write(fed[0]);
    for (;;) {
      while (out.length) yield { data: out.shift()!, member };
      if (ended || failure) break;
      const c = await pull();
      if (!c) {
        await new Promise<void>((resolve) => {
          inflate.once('end', resolve);
          inflate.once('error', () => resolve());
          inflate.end();
        });
        while (out.length) yield { data: out.shift()!, member };
        break;
      }
      fed.push(c);
      await write(c);
      trim();
    }
    if (failure || !ended) {
      const why = failure ? (failure as Error).message : 'unexpected end of file';
      throw new GzipError(member, `truncated or corrupt gzip member (${why})`);
    }
    const all = Buffer.concat(fed);
    const after = inflate.bytesWritten - dropped + 8; // 8-byte CRC32 + ISIZE trailer
    if (all.length < after) {
      // The trailer may be split across the next chunks.
      let rest = all;
      while (rest.length < after) {
        const c = await pull();
        if (!c) throw new GzipError(member, 'truncated gzip trailer');
        rest = Buffer.concat([rest, c]);
      }
      buf = rest.subarray(after);
    } else {
      buf = all.subarray(after);
    }
    pos = member + h + dropped + after;
  }
}
