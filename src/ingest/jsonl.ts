// JSONL / NDJSON: one article per line, validated with zod. A bad line is one error (file:line: reason);
// the other lines still go through. Lines are read one at a time: files may be many gigabytes.
import { z } from 'zod';
import type { Origin, ReadResult } from '../types.js';
import { firstInvalidUtf8, hasUtf8Bom } from './bytes.js';
import { findDateline } from './dateline.js';
import { toIsoDate } from './dates.js';
import { errorText, fail } from './errors.js';
import { splitLines } from './lines.js';

const optText = z.string().nullish();

export const JsonlArticle = z.object({
  id: z.union([z.string().min(1), z.number()]),
  text: z.string(),
  title: optText,
  url: optText,
  published: z.union([z.string(), z.number()]).nullish(),
  date: z.union([z.string(), z.number()]).nullish(),
  lang: optText,
  byline: optText,
  dateline: optText,
});
export type JsonlArticle = z.infer<typeof JsonlArticle>;

function describeIssues(err: z.ZodError): string {
  return err.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** One JSONL line (already decoded) → ReadResult. */
export function parseJsonlLine(line: string, origin: Origin): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return fail(origin, `invalid JSON: ${errorText(err)}`);
  }
  const parsed = JsonlArticle.safeParse(value);
  if (!parsed.success) return fail(origin, `invalid article: ${describeIssues(parsed.error)}`);
  const a = parsed.data;
  const text = a.text
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
  const id = String(a.id);
  if (text.trim() === '') return fail({ ...origin, record: id }, 'empty body');
  const dateValue = a.published ?? a.date ?? null;
  return {
    ok: true,
    article: {
      id,
      source: a.url || origin.file,
      text,
      title: a.title ?? null,
      url: a.url ?? null,
      published: toIsoDate(dateValue),
      byline: a.byline ?? null,
      dateline: a.dateline ?? findDateline(text),
      lang: a.lang ?? null,
      origin: { ...origin, record: id },
    },
  };
}

export async function* readJsonl(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
): AsyncGenerator<ReadResult> {
  const decoder = new TextDecoder('utf-8');
  for await (const { bytes, line, byte } of splitLines(chunks)) {
    let b: Uint8Array = bytes;
    let skip = 0;
    if (line === 1 && hasUtf8Bom(b)) {
      b = b.subarray(3);
      skip = 3;
    }
    const bad = firstInvalidUtf8(b);
    if (bad !== -1) {
      yield fail({ file, line, byte: byte + skip + bad }, `invalid UTF-8 (byte 0x${b[bad].toString(16)})`);
      continue;
    }
    const s = decoder.decode(b);
    if (s.trim() === '') continue; // blank lines separate nothing in JSONL
    yield parseJsonlLine(s, { file, line });
  }
}
