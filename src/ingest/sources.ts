// Inputs → ReadResults: files, folders (recursive, sorted, hidden files skipped), globs, `-` for stdin
// and file:// URLs. JSONL and WARC are streamed; text, HTML and feeds are small and read whole.
// Nothing throws out of here: every failure becomes a ReadResult with the place it happened.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadResult } from '../types.js';
import { detectFormat, type Format, isKnownExtension } from './detect.js';
import { errorText, fail } from './errors.js';
import { readFeedBytes } from './feed.js';
import { expandGlob, hasGlob } from './glob.js';
import { readHtmlBytes } from './html.js';
import { readJsonl } from './jsonl.js';
import { readTextBytes } from './text.js';
import { readWarc } from './warc.js';

export interface ReadOptions {
  /** Force a format instead of extension + sniffing. */
  format?: Format;
  /** What `-` reads (default process.stdin); tests pass their own bytes. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Largest whole-file input (text, HTML, feed) read into memory; bigger is an error. */
  maxWholeFile?: number;
}

const DEFAULT_MAX_WHOLE = 64 * 1024 * 1024;
const SNIFF = 4096;

/** One input argument → the files it names (a glob or folder may name none). */
function expand(arg: string): { files: string[]; error?: string } {
  if (arg === '-') return { files: ['-'] };
  let path = arg;
  if (/^file:/i.test(arg)) {
    try {
      path = fileURLToPath(arg);
    } catch (err) {
      return { files: [], error: `bad file URL: ${errorText(err)}` };
    }
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
    return { files: [], error: 'only local files and file:// URLs are read (fetch remote pages first)' };
  }
  if (existsSync(path)) {
    const st = statSync(path);
    if (st.isDirectory()) return { files: walkFolder(path) };
    return { files: [path] };
  }
  if (hasGlob(path)) {
    const files = expandGlob(path);
    return files.length ? { files } : { files, error: 'no files match this pattern' };
  }
  return { files: [], error: 'no such file or folder' };
}

/** Files under a folder with a known article extension, depth-first in name order, no hidden entries. */
export function walkFolder(dir: string): string[] {
  const out: string[] = [];
  const names = readdirSync(dir).sort();
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(full);
    } catch {
      continue;
    }
    if (st.isDirectory()) out.push(...walkFolder(full));
    else if (st.isFile() && isKnownExtension(name)) out.push(full);
  }
  return out;
}

async function readHead(path: string): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(SNIFF);
    const { bytesRead } = await fh.read(buf, 0, SNIFF, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

async function collect(chunks: AsyncIterable<Uint8Array>, limit: number, file: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let n = 0;
  for await (const c of chunks) {
    n += c.length;
    if (n > limit) throw new Error(`${file}: larger than ${limit} bytes; not read as one article`);
    parts.push(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
  }
  return Buffer.concat(parts);
}

/** A stream whose first bytes have been peeked at (stdin cannot be reopened). */
async function peek(
  src: AsyncIterable<Uint8Array>,
): Promise<{ head: Buffer; chunks: AsyncIterable<Uint8Array> }> {
  const it = src[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let n = 0;
  let done = false;
  while (n < SNIFF) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    first.push(Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength));
    n += r.value.length;
  }
  const head = Buffer.concat(first);
  async function* replay(): AsyncGenerator<Uint8Array> {
    if (head.length) yield head;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { head, chunks: replay() };
}

async function* readStream(
  name: string,
  head: Buffer,
  chunks: () => AsyncIterable<Uint8Array>,
  opts: ReadOptions,
): AsyncGenerator<ReadResult> {
  const format = opts.format ?? detectFormat(name, head);
  const limit = opts.maxWholeFile ?? DEFAULT_MAX_WHOLE;
  switch (format) {
    case 'jsonl':
      yield* readJsonl(chunks(), name);
      return;
    case 'warc':
      yield* readWarc(chunks(), name);
      return;
    case 'feed':
      yield* readFeedBytes(await collect(chunks(), limit, name), name);
      return;
    case 'html':
      yield readHtmlBytes(await collect(chunks(), limit, name), { file: name });
      return;
    case 'text':
      yield readTextBytes(await collect(chunks(), limit, name), { file: name });
      return;
  }
}

/** Every article in one file (or `-` for stdin). */
export async function* readFile(path: string, opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  try {
    if (path === '-') {
      const { head, chunks } = await peek(opts.stdin ?? process.stdin);
      yield* readStream('-', head, () => chunks, opts);
      return;
    }
    const head = await readHead(path);
    yield* readStream(path, head, () => createReadStream(path, { highWaterMark: 1 << 20 }), opts);
  } catch (err) {
    const msg = errorText(err);
    yield fail({ file: path }, msg.startsWith(`${path}:`) ? msg.slice(path.length + 1).trim() : msg);
  }
}

/**
 * Every article in every input: files, folders, globs, `-` and file:// URLs, in argument order
 * (folders and globs sorted). A file reached twice is read once.
 */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const seen = new Set<string>();
  for (const arg of paths) {
    let expanded: ReturnType<typeof expand>;
    try {
      expanded = expand(arg);
    } catch (err) {
      yield fail({ file: arg }, errorText(err));
      continue;
    }
    if (expanded.error) yield fail({ file: arg }, expanded.error);
    for (const file of expanded.files) {
      const key = file === '-' ? '-' : resolve(file);
      if (seen.has(key)) continue;
      seen.add(key);
      yield* readFile(file, opts);
    }
  }
}

/** All results of readInputs in one array (tests and small inputs). */
export async function readAll(paths: string[], opts: ReadOptions = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, opts)) out.push(r);
  return out;
}
