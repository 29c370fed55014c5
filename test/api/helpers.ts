// Shared set-up for the API tests: a temp SQLite database holding the bundled examples/, ingested
// with the real readers and pipeline, and small request helpers over hono's in-process app.request.
import { join } from 'node:path';
import type { Hono } from 'hono';
import { readAll } from '../../src/ingest/index.js';
import { analyze } from '../../src/pipeline.js';
import { originKey, rawHash } from '../../src/store/ingest/run.js';
import { SqliteRepository } from '../../src/store/sqlite/repository.js';

export const root = join(import.meta.dirname, '..', '..');
export const examples = join(root, 'examples');

/** Ingests examples/ into a database file; returns how many documents went in. */
export async function ingestExamples(dbPath: string): Promise<number> {
  const repo = new SqliteRepository(dbPath);
  let n = 0;
  try {
    for (const r of await readAll([examples])) {
      if (!r.ok) throw new Error(r.error.message);
      const put = await repo.putAnalysis(analyze(r.article), {
        rawHash: rawHash(r.article),
        originKey: originKey(r.article),
      });
      if (put.outcome === 'ingested') n++;
    }
  } finally {
    await repo.close();
  }
  return n;
}

export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  raw: string;
  body: T;
}

/** GET/POST through the app in-process; the body is parsed when the response is JSON. */
// biome-ignore lint/suspicious/noExplicitAny: tests read response fields directly and assert them one by one
export async function call<T = any>(app: Hono, path: string, init?: RequestInit): Promise<Reply<T>> {
  const res = await app.request(path, init);
  const raw = await res.text();
  const json = (res.headers.get('content-type') ?? '').startsWith('application/json');
  return { status: res.status, headers: res.headers, raw, body: (json && raw ? JSON.parse(raw) : raw) as T };
}

/** The day an ISO date of any precision (or ISO week, 2022-W44) starts on, for order checks. */
export function dayOf(iso: string): string {
  const w = /^(\d{4})-W(\d{2})/.exec(iso);
  if (!w) return iso;
  const jan4 = new Date(Date.UTC(Number(w[1]), 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  return new Date(monday.getTime() + (Number(w[2]) - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}
