// API benchmark: a store of ≥ 2,000 documents (the examples analysed once by the real pipeline,
// then stored again and again under new ids, publication and event dates, so claims spread over
// years instead of piling into a few), the server on 127.0.0.1, and a bounded load on
// GET /api/claims from a worker thread (its own core): keep-alive, fixed concurrency.
// Env: WARTA_BENCH_API_DOCS (2000), WARTA_BENCH_API_REQUESTS (20000), WARTA_BENCH_API_CONCURRENCY (32).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { startServer } from '../src/api/server.js';
import { readAll } from '../src/ingest/index.js';
import { analyze } from '../src/pipeline.js';
import { SqliteRepository } from '../src/store/sqlite/repository.js';
import type { Analysis } from '../src/types.js';

const root = join(import.meta.dirname, '..');
const DAY = 86_400_000;

/** Copy number `i` of an analysis: a new id, publication date and event dates; same text and layers. */
function variant(a: Analysis, i: number): Analysis {
  const copy = structuredClone(a);
  // copies 37 days apart: further than the ledger's 31-day window, so each copy's events make
  // claims of their own rather than chaining into a few giant ones
  const day = new Date(Date.UTC(2012, 0, 1) + i * 37 * DAY).toISOString().slice(0, 10);
  copy.document.id = createHash('sha256').update(`${i}:${a.document.id}`).digest('hex').slice(0, 16);
  copy.document.input_id = `bench-${i}-${a.document.id}`;
  copy.document.published = day;
  // a new URL too: the store treats a known URL with new text as a replacement of that article
  if (copy.document.url) copy.document.url = `${copy.document.url}?copy=${i}`;
  copy.document.title = `${a.document.title ?? a.document.text.slice(0, 60)} (${i})`;
  for (const e of copy.events) e.date = day;
  return copy;
}

export async function buildStore(path: string, docs: number): Promise<number> {
  const analyses: Analysis[] = [];
  for (const r of await readAll([join(root, 'examples')])) if (r.ok) analyses.push(analyze(r.article));
  const repo = new SqliteRepository(path);
  let stored = 0;
  for (let i = 0; stored < docs; i++) {
    const batch = analyses.map((a) => ({ analysis: variant(a, i) }));
    stored += repo.putManySync(batch).filter((x) => x.ok && x.result.outcome === 'ingested').length;
  }
  await repo.close();
  return stored;
}

// The load generator, in plain JS so the worker needs no TypeScript loader.
const LOAD = `
const { workerData, parentPort } = require('node:worker_threads');
const http = require('node:http');
const { base, paths, total, concurrency, seconds } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const url = new URL(base);
const times = new Float64Array(total);
let sent = 0, done = 0, failed = 0;
const deadline = performance.now() + seconds * 1000;
function one() {
  if (sent >= total || performance.now() > deadline) return Promise.resolve();
  const path = paths[sent % paths.length];
  const i = sent++;
  const t = performance.now();
  return new Promise((resolve) => {
    const req = http.get({ host: url.hostname, port: url.port, path, agent }, (res) => {
      if (res.statusCode !== 200) failed++;
      res.resume();
      res.on('end', () => { times[i] = performance.now() - t; done++; resolve(); });
    });
    req.on('error', () => { failed++; times[i] = performance.now() - t; done++; resolve(); });
  }).then(one);
}
const start = performance.now();
Promise.all(Array.from({ length: concurrency }, one)).then(() => {
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  parentPort.postMessage({ times: times.slice(0, done), failed, elapsed });
});
`;

interface LoadResult {
  times: Float64Array;
  failed: number;
  elapsed: number;
}

export function load(
  base: string,
  paths: string[],
  total: number,
  concurrency: number,
  seconds: number,
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(LOAD, { eval: true, workerData: { base, paths, total, concurrency, seconds } });
    w.once('message', (m: LoadResult) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

const pct = (sorted: Float64Array, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export default async function bench(): Promise<void> {
  const docs = Number(process.env.WARTA_BENCH_API_DOCS ?? 2000);
  const total = Number(process.env.WARTA_BENCH_API_REQUESTS ?? 20_000);
  const concurrency = Number(process.env.WARTA_BENCH_API_CONCURRENCY ?? 32);
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-api-'));
  try {
    const db = join(dir, 'api.db');
    const t0 = performance.now();
    await buildStore(db, docs);
    const repo = new SqliteRepository(db);
    const stats = await repo.stats();
    console.log(
      `store: ${stats.documents} documents, ${stats.claims} claims (${stats.contestedClaims} contested), ${stats.events} events in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)}`,
    );
    // a mix of what the UI asks: first page, filters, later pages
    const paths = [
      '/api/claims',
      '/api/claims?limit=20',
      '/api/claims?category=AID',
      '/api/claims?contested=true',
      '/api/claims?actor=RUS',
      '/api/claims?since=2020-01-01&until=2020-12-31',
      '/api/claims?offset=40&limit=50',
      '/api/claims?category=ACCUSE&contested=false&limit=20',
    ];
    // the same load twice: as served (answers cached until the store changes) and with the cache
    // off, so every request runs its SQL queries
    for (const cache of [true, false]) {
      const server = await startServer({ repo: new SqliteRepository(db), port: 0, host: '127.0.0.1', cache });
      try {
        await load(server.url, paths, 1000, concurrency, 10); // warm-up: JIT, page cache, statements
        const r = await load(server.url, paths, total, concurrency, 30);
        const sorted = Float64Array.from(r.times).sort();
        console.log(
          `GET /api/claims, cache ${cache ? 'on ' : 'off'}: ${sorted.length} requests (8 query shapes, concurrency ${concurrency}, keep-alive) ` +
            `${(sorted.length / r.elapsed).toFixed(0)} req/s; p50 ${pct(sorted, 50).toFixed(2)} ms, ` +
            `p95 ${pct(sorted, 95).toFixed(2)} ms, p99 ${pct(sorted, 99).toFixed(2)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms; ` +
            `${r.failed} non-200; load ${loadavg()[0].toFixed(1)}`,
        );
      } finally {
        await server.close();
      }
    }
    await repo.close();
    console.log('targets: ≥ 2,000 req/s and p99 < 50 ms');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
