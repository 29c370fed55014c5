// Pull-based reader over a chunk stream: lines, exact reads and skips, with the absolute offset of the
// next byte and, for gzip input, the member that byte came from. Holds only what has not been read.
import type { MemberChunk } from './gzip.js';

interface Held {
  data: Buffer;
  member: number | null;
}

export class ByteReader {
  private held: Held[] = [];
  private heldBytes = 0;
  private done = false;
  /** Absolute offset (in the decompressed stream) of the next unread byte. */
  pos = 0;

  constructor(private readonly src: AsyncIterator<MemberChunk | Uint8Array>) {}

  private async more(): Promise<boolean> {
    if (this.done) return false;
    const r = await this.src.next();
    if (r.done) {
      this.done = true;
      return false;
    }
    const v = r.value;
    const held: Held =
      'member' in v && 'data' in v
        ? { data: v.data, member: v.member }
        : {
            data: Buffer.from(
              (v as Uint8Array).buffer,
              (v as Uint8Array).byteOffset,
              (v as Uint8Array).byteLength,
            ),
            member: null,
          };
    if (held.data.length) {
      this.held.push(held);
      this.heldBytes += held.data.length;
    }
    return true;
  }

  /** Gzip member of the next unread byte (null for uncompressed input or at end). */
  async member(): Promise<number | null> {
    while (this.held.length === 0) if (!(await this.more())) return null;
    return this.held[0].member;
  }

  private take(n: number): Buffer {
    const parts: Buffer[] = [];
    let need = n;
    while (need > 0 && this.held.length) {
      const h = this.held[0];
      if (h.data.length <= need) {
        parts.push(h.data);
        need -= h.data.length;
        this.held.shift();
      } else {
        parts.push(h.data.subarray(0, need));
        h.data = h.data.subarray(need);
        need = 0;
      }
    }
    const got = n - need;
    this.heldBytes -= got;
    this.pos += got;
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  /** Next line including its LF (or the rest of the stream), null at end. Lines past `max` are cut. */
  async readLine(max = 1 << 20): Promise<Buffer | null> {
    let scanned = 0;
    for (;;) {
      let offset = 0;
      for (const h of this.held) {
        if (offset + h.data.length > scanned) {
          const from = Math.max(0, scanned - offset);
          const nl = h.data.indexOf(0x0a, from);
          if (nl !== -1) return this.take(offset + nl + 1);
        }
        offset += h.data.length;
      }
      scanned = offset;
      if (scanned >= max) return this.take(max);
      if (!(await this.more())) return this.heldBytes ? this.take(this.heldBytes) : null;
    }
  }

  /** Up to n bytes (fewer only at end of stream). */
  async read(n: number): Promise<Buffer> {
    while (this.heldBytes < n) if (!(await this.more())) break;
    return this.take(Math.min(n, this.heldBytes));
  }

  /** Skip up to n bytes without holding them; returns how many were skipped. */
  async skip(n: number): Promise<number> {
    let left = n;
    while (left > 0) {
      if (this.heldBytes === 0 && !(await this.more())) break;
      const k = Math.min(left, this.heldBytes);
      this.take(k);
      left -= k;
    }
    return n - left;
  }

  /** True when nothing is left. */
  async atEnd(): Promise<boolean> {
    while (this.heldBytes === 0) if (!(await this.more())) return true;
    return false;
  }
}
