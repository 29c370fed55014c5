// Runs `analyze` either in-process or on a pool of worker threads. Workers load the compiled
// pipeline from dist/ when warta runs compiled; under tsx (src/*.ts) they are started with the tsx
// loader so the same source runs in them. Analysis is CPU-bound and synchronous: with N cores,
// N-1 workers plus the main thread (which reads input and writes SQLite) keep every core busy.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyze } from '../../pipeline.js';
import type { Analysis, RawArticle } from '../../types.js';

export type AnalyzeResult = { ok: true; analysis: Analysis } | { ok: false; error: string };

export interface AnalyzerPool {
  readonly size: number;
  run(raw: RawArticle): Promise<AnalyzeResult>;
  close(): Promise<void>;
}

export function inProcessPool(): AnalyzerPool {
  return {
    size: 1,
    async run(raw) {
      try {
        return { ok: true, analysis: analyze(raw) };
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    },
    async close() {},
  };
}

/** Default number of extraction workers: one per core, at least one. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

function workerOptions(): { url: URL; execArgv: string[] } {
  const underTsx = import.meta.url.endsWith('.ts');
  const url = new URL(underTsx ? './worker.ts' : './worker.js', import.meta.url);
  return { url, execArgv: underTsx ? ['--import', import.meta.resolve('tsx')] : [] };
}

export function workerPool(size: number): AnalyzerPool {
  const { url, execArgv } = workerOptions();
  const waiting = new Map<number, (r: AnalyzeResult) => void>();
  const load = new Map<Worker, number>();
  let seq = 0;
  let failure: Error | null = null;
  const workers = Array.from({ length: size }, () => {
    const w = new Worker(url, { execArgv });
    load.set(w, 0);
    w.on('message', (m: { seq: number } & AnalyzeResult) => {
      load.set(w, (load.get(w) ?? 1) - 1);
      const resolve = waiting.get(m.seq);
      waiting.delete(m.seq);
      resolve?.(m.ok ? { ok: true, analysis: m.analysis } : { ok: false, error: m.error });
    });
    w.on('error', (err) => {
      // A crashed worker is fatal: articles in flight on it would be lost silently otherwise.
      failure = err;
      for (const [, resolve] of waiting) resolve({ ok: false, error: `extraction worker crashed: ${err.message}` });
      waiting.clear();
    });
    return w;
  });
  return {
    size,
    run(raw) {
      if (failure) return Promise.reject(failure);
      // least-loaded worker: articles differ a lot in length
      let best = workers[0];
      for (const w of workers) if ((load.get(w) ?? 0) < (load.get(best) ?? 0)) best = w;
      load.set(best, (load.get(best) ?? 0) + 1);
      const id = seq++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        best.postMessage({ seq: id, raw });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
