// Shared test helpers: fixture paths, temp folders, and a WARC builder (records written with zlib so
// tests control every byte, including where a file is cut).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { RawArticle, ReadResult } from '../../src/types.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/ingest');
export const SEED = join(dirname(fileURLToPath(import.meta.url)), '../../examples/000_ed4e84306170659b.txt');

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'warta-ingest-'));
}

export function writeTemp(dir: string, name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

export function articles(results: ReadResult[]): RawArticle[] {
  return results.flatMap((r) => (r.ok ? [r.article] : []));
}

export function errors(results: ReadResult[]): string[] {
  return results.flatMap((r) => (r.ok ? [] : [r.error.message]));
}

export async function collect(it: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

export async function* chunked(buf: Uint8Array, size = 37): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

let counter = 0;

/** One WARC record (headers + block + CRLF CRLF). */
export function warcRecord(type: string, block: Buffer | string, extra: Record<string, string> = {}): Buffer {
  const body = typeof block === 'string' ? Buffer.from(block, 'utf8') : block;
  counter++;
  const headers = {
    'WARC-Type': type,
    'WARC-Record-ID': `<urn:uuid:00000000-0000-4000-8000-${String(counter).padStart(12, '0')}>`,
    'WARC-Date': '2023-11-16T03:20:00Z',
    ...extra,
    'Content-Length': String(body.length),
  };
  const head = `WARC/1.0\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;
  return Buffer.concat([Buffer.from(head, 'utf8'), body, Buffer.from('\r\n\r\n')]);
}

/** An HTTP response block. */
export function httpResponse(contentType: string, body: Buffer | string, status = '200 OK'): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return Buffer.concat([
    Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\nContent-Length: ${b.length}\r\n\r\n`),
    b,
  ]);
}

/** Concatenate records, gzip-compressing each one as its own member (as CC-NEWS does). */
export function warcGz(records: Buffer[]): { file: Buffer; offsets: number[] } {
  const offsets: number[] = [];
  const parts: Buffer[] = [];
  let at = 0;
  for (const r of records) {
    const z = gzipSync(r);
    offsets.push(at);
    parts.push(z);
    at += z.length;
  }
  return { file: Buffer.concat(parts), offsets };
}

export function articlePage(opts: {
  title: string;
  paragraphs: string[];
  published?: string;
  charset?: string;
}): string {
  const meta = opts.published ? `<meta property="article:published_time" content="${opts.published}">` : '';
  const charset = opts.charset ? `<meta charset="${opts.charset}">` : '';
  return `<!DOCTYPE html><html lang="id"><head>${charset}<title>${opts.title}</title>${meta}</head><body>
<nav><a href="/">Beranda</a> | <a href="/politik">Politik</a> | <a href="/olahraga">Olahraga</a></nav>
<article><h1>${opts.title}</h1>${opts.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Hak cipta dilindungi undang-undang.</footer></body></html>`;
}
