// WARC / WARC.gz (as in CC-NEWS): response records carrying HTML go through the HTML reader with the
// record's target URI and date; every other record (warcinfo, request, metadata, images, PDFs,
// redirects) is skipped. A truncated file yields its good records and then one error with the offset.
import zlib from 'node:zlib';
import type { Origin, ReadResult } from '../types.js';
import { charsetFromContentType } from './bytes.js';
import { errorText, fail } from './errors.js';
import { readHtmlBytes } from './html.js';
import { WarcFormatError, warcRecords } from './warc-records.js';

// A response bigger than this is a video or a dump, not a news article: skipped unread.
const MAX_RESPONSE = 32 * 1024 * 1024;

interface HttpMessage {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

/** Split an HTTP response block into status, headers and body; null when it is not one. */
export function parseHttpResponse(block: Buffer): HttpMessage | null {
  if (block.subarray(0, 5).toString('latin1') !== 'HTTP/') return null;
  let end = block.indexOf('\r\n\r\n');
  let sep = 4;
  if (end === -1) {
    end = block.indexOf('\n\n');
    sep = 2;
  }
  if (end === -1) return null;
  const lines = block.subarray(0, end).toString('latin1').split(/\r?\n/);
  const status = Number(/^HTTP\/[\d.]+\s+(\d{3})/.exec(lines[0])?.[1] ?? 0);
  const headers = new Map<string, string>();
  for (const l of lines.slice(1)) {
    const c = l.indexOf(':');
    if (c > 0) headers.set(l.slice(0, c).trim().toLowerCase(), l.slice(c + 1).trim());
  }
  return { status, headers, body: block.subarray(end + sep) };
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let p = 0;
  while (p < body.length) {
    const nl = body.indexOf('\n', p);
    if (nl === -1) break;
    const size = Number.parseInt(body.subarray(p, nl).toString('latin1').trim().split(';')[0], 16);
    if (!Number.isFinite(size)) throw new Error('bad chunk size');
    if (size === 0) break;
    parts.push(body.subarray(nl + 1, nl + 1 + size));
    p = nl + 1 + size;
    if (body[p] === 0x0d) p++;
    if (body[p] === 0x0a) p++;
  }
  return Buffer.concat(parts);
}

/** Undo transfer and content encodings. Crawlers often store decoded bodies but keep the headers,
 *  so a body that does not decode is taken as already decoded. */
function payload(msg: HttpMessage): Buffer {
  let body = msg.body;
  if (/chunked/i.test(msg.headers.get('transfer-encoding') ?? '')) {
    try {
      body = dechunk(body);
    } catch {
      /* stored already de-chunked */
    }
  }
  const enc = (msg.headers.get('content-encoding') ?? '').toLowerCase();
  try {
    if (enc.includes('gzip')) body = zlib.gunzipSync(body);
    else if (enc.includes('br')) body = zlib.brotliDecompressSync(body);
    else if (enc.includes('deflate')) body = zlib.inflateSync(body);
  } catch {
    /* stored already decoded */
  }
  return body;
}

function isHtml(contentType: string, body: Buffer): boolean {
  if (/text\/html|application\/xhtml\+xml/i.test(contentType)) return true;
  if (contentType.trim()) return false;
  return /<html[\s>]|<!doctype html/i.test(body.subarray(0, 1024).toString('latin1'));
}

function wantsBlock(h: Map<string, string>): boolean {
  return h.get('warc-type') === 'response' && Number(h.get('content-length')) <= MAX_RESPONSE;
}

export async function* readWarc(chunks: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<ReadResult> {
  try {
    for await (const rec of warcRecords(chunks, wantsBlock)) {
      if (!rec.block) continue;
      const id = rec.headers.get('warc-record-id')?.replace(/^<|>$/g, '');
      const origin: Origin = { file, byte: rec.offset };
      if (id) origin.record = id;
      const url = rec.headers.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? null;
      const http = parseHttpResponse(rec.block);
      const contentType = http
        ? (http.headers.get('content-type') ?? '')
        : (rec.headers.get('content-type') ?? '');
      if (http && (http.status < 200 || http.status >= 300)) continue;
      const body = http ? payload(http) : rec.block;
      if (!isHtml(contentType, body)) continue;
      yield readHtmlBytes(body, origin, {
        url,
        fallbackDate: rec.headers.get('warc-date') ?? null,
        charset: charsetFromContentType(contentType),
      });
    }
  } catch (err) {
    if (err instanceof WarcFormatError) yield fail({ file, byte: err.offset }, err.message);
    else yield fail({ file }, `unreadable WARC: ${errorText(err)}`);
  }
}
