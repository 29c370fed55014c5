// Split a byte stream into lines without decoding it first, so each line keeps its 1-based number
// and the byte offset where it starts (for error messages), and memory stays one line at a time.

export interface ByteLine {
  bytes: Buffer; // without the line terminator (LF or CRLF)
  line: number;
  byte: number;
}

export async function* splitLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ByteLine> {
  let pending: Buffer[] = [];
  let pendingLen = 0;
  let line = 1;
  let lineStart = 0;
  let offset = 0; // bytes consumed before the current chunk
  for await (const raw of chunks) {
    const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      const part = chunk.subarray(from, nl);
      const bytes = pendingLen ? Buffer.concat([...pending, part]) : part;
      yield { bytes: dropCR(bytes), line, byte: lineStart };
      line++;
      lineStart = offset + nl + 1;
      pending = [];
      pendingLen = 0;
      from = nl + 1;
    }
    if (from < chunk.length) {
      pending.push(chunk.subarray(from));
      pendingLen += chunk.length - from;
    }
    offset += chunk.length;
  }
  if (pendingLen) yield { bytes: dropCR(Buffer.concat(pending)), line, byte: lineStart };
}

function dropCR(b: Buffer): Buffer {
  return b.length && b[b.length - 1] === 0x0d ? b.subarray(0, b.length - 1) : b;
}
