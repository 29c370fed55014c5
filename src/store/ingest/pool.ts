// Runs `analyze` either in-process or on a pool of worker threads. Workers load the compiled
// pipeline from dist/ when warta runs compiled; under tsx (src/*.ts) they are started with the tsx
// loader so the same source runs in them. Analysis is CPU-bound and synchronous: with N cores,
// N-1 workers plus the main thread (which reads input and writes SQLite) keep every core busy.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analysis, RawArticle } from '../../types.js';

export type AnalyzeResult = { ok: true; analysis: Analysis } | { ok: false; error: string };

export interface AnalyzerPool {
  readonly size: number;
  run(raw: RawArticle): Promise<AnalyzeResult>;
  close(): Promise<void>;
}

export function inProcessPool(): AnalyzerPool {
  // loaded on first use only: with workers, the main thread never needs the pipeline in memory
  let pipeline: Promise<typeof import('../../pipeline.js')> | null = null;
  return {
    size: 1,
    async run(raw) {
      pipeline ??= import('../../pipeline.js');
      const { analyze } = await pipeline;
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

/**
 * How to start a worker. Compiled: dist/store/ingest/worker.js directly. Under tsx: a tiny
 * bootstrap that registers tsx's ESM hooks inside the worker first (Node 20 does not pass the
 * parent's --import loaders on to worker threads), then imports worker.ts.
 */
function workerSource(): { source: string | URL; eval: boolean } {
  if (!import.meta.url.endsWith('.ts'))
    return { source: new URL('./worker.js', import.meta.url), eval: false };
  const api = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then((t) => { t.register(); return import(${JSON.stringify(worker)}); });`;
  return { source: code, eval: true };
}

export function workerPool(size: number): AnalyzerPool {
  const { source, eval: isEval } = workerSource();
  const waiting = new Map<number, { resolve: (r: AnalyzeResult) => void; reject: (e: Error) => void }>();
  const load = new Map<Worker, number>();
  let seq = 0;
  let failure: Error | null = null;
  const workers = Array.from({ length: size }, () => {
    const w = new Worker(source, { eval: isEval });
    load.set(w, 0);
    w.on('message', (m: { seq: number } & AnalyzeResult) => {
      load.set(w, (load.get(w) ?? 1) - 1);
      const pending = waiting.get(m.seq);
      waiting.delete(m.seq);
      pending?.resolve(m.ok ? { ok: true, analysis: m.analysis } : { ok: false, error: m.error });
    });
    w.on('error', (err) => {
      // A crashed worker is fatal: articles in flight on it would be lost silently otherwise.
      failure = new Error(`extraction worker crashed: ${err.message}`);
      for (const [, pending] of waiting) pending.reject(failure);
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
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        best.postMessage({ seq: id, raw });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
