// The ingest loop: read articles (streaming), analyse them on the pool, write them to the store in
// batched transactions. Memory stays bounded whatever the input size: at most `inflight` articles
// are being analysed and at most `batchSize` analyses wait for the next commit.
// Crash safety comes from SQLite: a batch is one transaction and each document a savepoint in it,
// so a killed process loses at most the uncommitted batch, and a re-run skips what was committed
// (raw-text hash, then document id) without analysing it again.
// Analyses are written in input order, whatever order the workers finish them in: claims are merged
// greedily in the order their events arrive, so the same input always gives the same ledger.
import { createHash } from 'node:crypto';
import type { Origin, RawArticle, ReadResult } from '../../types.js';
import type { Prepared } from '../prepare.js';
import type { PutOptions } from '../repository.js';
import type { SqliteRepository } from '../sqlite/repository.js';
import { EXTRACTED_LANGS } from '../sqlite/write.js';
import type { AnalyzerPool } from './pool.js';

export interface IngestFailure {
  origin: Origin;
  message: string;
}

export interface IngestCounts {
  read: number; // articles read successfully (before analysis)
  ingested: number;
  unchanged: number;
  replaced: number;
  failed: number;
}

export interface IngestSummary extends IngestCounts {
  failures: IngestFailure[]; // the first `maxFailures`, in input order of discovery
  seconds: number;
  peakRssMb: number; // of the whole process, worker threads included
}

export interface IngestOptions {
  pool: AnalyzerPool;
  batchSize?: number; // documents per transaction
  flushMs?: number; // commit at least this often, so progress is durable
  inflight?: number; // articles being analysed at once
  maxFailures?: number;
  onProgress?: (counts: IngestCounts) => void;
  shouldStop?: () => boolean;
}

/** Hash of the raw text: equal raw text means an equal document, so a re-run can skip it unread. */
export function rawHash(raw: RawArticle): string {
  return createHash('sha256').update(raw.text, 'utf8').digest('base64url').slice(0, 22);
}

/**
 * The input slot an article occupies, so that a new text in the same slot replaces the old one:
 * its own id within its source, a feed/WARC record id, or the path of a one-article file.
 * Lines of id-less JSONL have no stable slot (inserting a line would shift every later one).
 */
export function originKey(raw: RawArticle): string | null {
  if (raw.id) return `${raw.source}#${raw.id}`;
  if (raw.origin.record) return `${raw.origin.file}#${raw.origin.record}`;
  if (raw.origin.file !== '-' && raw.origin.line === undefined && raw.origin.byte === undefined)
    return raw.source;
  return null;
}

export async function ingest(
  repo: SqliteRepository,
  inputs: AsyncIterable<ReadResult>,
  options: IngestOptions,
): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 100;
  const flushMs = options.flushMs ?? 1000;
  // Writing a batch blocks this thread; the workers must have enough queued meanwhile not to idle
  // through it (measured: with 3 articles per worker they sat idle for most of every commit).
  const inflightMax = options.inflight ?? Math.max(4, options.pool.size * 3, Math.ceil(batchSize * 1.5));
  const maxFailures = options.maxFailures ?? 1000;
  const counts: IngestCounts = { read: 0, ingested: 0, unchanged: 0, replaced: 0, failed: 0 };
  const failures: IngestFailure[] = [];
  const fail = (origin: Origin, message: string) => {
    counts.failed++;
    if (failures.length < maxFailures) failures.push({ origin, message });
  };

  let batch: { options: PutOptions; prepared: Prepared; origin: Origin }[] = [];
  let lastFlush = performance.now();
  const flush = () => {
    lastFlush = performance.now();
    if (batch.length > 0) {
      const items = batch;
      batch = [];
      const results = repo.putManySync(items);
      results.forEach((r, i) => {
        if (r.ok) counts[r.result.outcome]++;
        else fail(items[i].origin, r.error);
      });
    }
    options.onProgress?.(counts);
  };

  let fatal: Error | null = null; // a crashed worker: stop rather than lose articles silently
  // in flight: sent to the pool and not yet handed on, including those done but waiting for their turn
  // (so a slow article holds back at most `inflightMax` finished ones)
  let inflight = 0;
  let wake: (() => void) | null = null;
  let sent = 0; // articles sent to the pool, in input order
  let handed = 0; // of those, handed on to the batch (or to the failures) in input order
  const finished = new Map<number, () => void>(); // done out of order: what to do with each in its turn
  const finish = (seq: number, handOn: () => void) => {
    finished.set(seq, handOn);
    for (let next = finished.get(handed); next; next = finished.get(handed)) {
      finished.delete(handed++);
      next();
      inflight--;
    }
    const w = wake;
    wake = null;
    w?.();
  };

  for await (const r of inputs) {
    if (fatal) break;
    if (options.shouldStop?.()) break;
    if (!r.ok) {
      fail(r.error.origin, r.error.message);
      continue;
    }
    counts.read++;
    const raw = r.article;
    const hash = rawHash(raw);
    if (repo.hasRawHashSync(hash)) {
      counts.unchanged++;
    } else {
      while (inflight >= inflightMax) await new Promise<void>((resolve) => (wake = resolve));
      inflight++;
      const seq = sent++;
      options.pool.run(raw).then(
        (res) =>
          finish(seq, () => {
            if (!res.ok) return fail(raw.origin, res.error);
            const extracted = EXTRACTED_LANGS.has(res.prepared.lang);
            batch.push({
              prepared: res.prepared,
              options: { rawHash: hash, originKey: originKey(raw), extracted },
              origin: raw.origin,
            });
            if (batch.length >= batchSize) flush();
          }),
        (err: unknown) => {
          fatal ??= err instanceof Error ? err : new Error(String(err));
          finish(seq, () => {});
        },
      );
    }
    if (performance.now() - lastFlush > flushMs) flush();
  }
  while (inflight > 0) await new Promise<void>((resolve) => (wake = resolve));
  flush(); // what was analysed before a crash is still worth keeping
  if (fatal) throw fatal;
  return {
    ...counts,
    failures,
    seconds: (performance.now() - started) / 1000,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
