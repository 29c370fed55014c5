// Every reader error names its place the same way: `file`, `file:line`, `file: byte N`, and the record.
import type { Origin, ReadResult } from '../types.js';

export function where(origin: Origin): string {
  let s = origin.file;
  if (origin.line !== undefined) s += `:${origin.line}`;
  if (origin.byte !== undefined) s += `: byte ${origin.byte}`;
  if (origin.record !== undefined) s += ` (${origin.record})`;
  return s;
}

/** A failed ReadResult whose message starts with the place: `news.jsonl:3: bad JSON …`. */
export function fail(origin: Origin, reason: string): ReadResult {
  return { ok: false, error: { origin, message: `${where(origin)}: ${reason}` } };
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
