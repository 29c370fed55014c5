// The seed text format: an optional header line `date <ISO date or YYYY-MM> (<byline>)`, a blank
// line, then the body. Without the header it is plain text. The body is kept as written.
import type { Origin, ReadResult } from '../types.js';
import { unifyNewlines } from './bytes.js';
import { findDateline } from './dateline.js';
import { fail } from './errors.js';

// Year, year-month, date, or date-time with optional seconds, fraction and zone.
const ISO_DATE =
  /^\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const HEADER = /^[ \t]*date[ \t]+(\S+)(?:[ \t]+\(([^)\n]*)\))?[ \t]*$/i;

export interface SeedHeader {
  published: string;
  byline: string | null;
}

/** The header fields when `line` is a seed header line, else null. */
export function parseSeedHeader(line: string): SeedHeader | null {
  const m = HEADER.exec(line);
  if (!m || !ISO_DATE.test(m[1])) return null;
  const byline = m[2]?.trim() || null;
  return { published: m[1], byline };
}

/** Split a decoded article text into header + body; the body keeps its inner layout verbatim. */
export function parseSeedFormat(text: string, origin: Origin): ReadResult {
  const src = unifyNewlines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const nl = src.indexOf('\n');
  const first = nl === -1 ? src : src.slice(0, nl);
  const header = parseSeedHeader(first);
  let body = header ? (nl === -1 ? '' : src.slice(nl + 1)) : src;
  // Leading blank lines (the one after the header above all) and trailing whitespace carry nothing.
  body = body.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
  if (body.trim() === '') {
    return fail(origin, 'empty body');
  }
  return {
    ok: true,
    article: {
      source: origin.file,
      text: body,
      published: header?.published ?? null,
      byline: header?.byline ?? null,
      dateline: findDateline(body),
      origin,
    },
  };
}
