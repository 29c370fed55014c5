// Runs `analyze` either in-process or on a pool of worker threads. Workers load the compiled
// pipeline from dist/ when warta runs compiled; under tsx (src/*.ts) they are started with the tsx
// loader so the same source runs in them. Analysis is CPU-bound and synchronous; the main thread
// (reading input, writing SQLite) needs a small share of a core, so the default is one worker per
// core (measured: 2 workers beat 1 on 2 cores, see docs/store.md).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RawArticle } from '../../types.js';
import { type Prepared, prepare } from '../prepare.js';

/** An analysis as the store takes it (see prepare.ts), or why the article could not be analysed. */
export type AnalyzeResult = { ok: true; prepared: Prepared } | { ok: false; error: string };
type WorkerReply = { seq: number } & AnalyzeResult;

export interface AnalyzerPool {
  readonly size: number;
  /** Worker threads started so far (0 in-process). */
  readonly started: number;
  run(raw: RawArticle): Promise<AnalyzeResult>;
  close(): Promise<void>;
}

export function inProcessPool(): AnalyzerPool {
  // loaded on first use only: with workers, the main thread never needs the pipeline in memory
  let pipeline: Promise<typeof import('../../pipeline.js')> | null = null;
  return {
    size: 1,
    started: 0,
    async run(raw) {
      pipeline ??= import('../../pipeline.js');
      const { analyze } = await pipeline;
      try {
        return { ok: true, prepared: prepare(analyze(raw)) };
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

/** Old-generation heap cap per worker (MB): keeps each worker's heap bounded on any corpus size. */
export function workerHeapMb(): number {
  // live heap is ~70 MB warm (lexicons, model, NER caches at their caps ~50 MB more); 160 keeps the whole
  // ingest's peak RSS ~15 MB lower than 192 did, at no measurable speed cost (session 7, 20k articles)
  return Number(process.env.WARTA_WORKER_HEAP_MB ?? 160);
}

interface Job {
  id: number;
  raw: RawArticle;
  tries: number;
  resolve: (r: AnalyzeResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
  dead: boolean;
  done: number; // articles analysed by this worker
  retiring: boolean; // takes no new work; replaced once its jobs are done
}

/** This many crashes without a single article analysed in between is systematic (a broken build): stop. */
const MAX_CRASHES_IN_A_ROW = 3;

/**
 * A worker is replaced by a fresh one after this many articles, so memory the pipeline keeps
 * (caches, fragmentation) cannot grow with the corpus: peak RSS stays flat on any input size.
 */
export function workerRecycleAfter(): number {
  // not too often: a fresh worker pays module loading and JIT warm-up again (measured in session 4:
  // ~8 s of CPU over its first 1,000-2,000 articles, the compiler threads included; at 10,000 that is
  // ~0.8 ms of every later article's CPU on corpora larger than one recycle)
  return Number(process.env.WARTA_WORKER_RECYCLE ?? 10_000);
}

/**
 * A pool of extraction workers. A worker that crashes (out of memory on a monstrous article, a bug
 * that kills the thread) is replaced; the articles it held are retried once on a fresh worker and
 * then reported as failed, so one bad article never stops a batch. Repeated crashes are fatal.
 */
export function workerPool(size: number): AnalyzerPool {
  const { source, eval: isEval } = workerSource();
  const resourceLimits = {
    maxOldGenerationSizeMb: workerHeapMb(),
    // a small young generation: the pipeline's garbage is short-lived, and each worker's default
    // semi-spaces would otherwise cost tens of MB of RSS
    maxYoungGenerationSizeMb: Number(process.env.WARTA_WORKER_YOUNG_MB ?? 8),
  };
  const recycleAfter = workerRecycleAfter();
  let seq = 0;
  let crashes = 0; // in a row
  let fatal: Error | null = null;
  let closing = false;
  let started = 0;

  const spawn = (): Slot => {
    started++;
    const slot: Slot = {
      worker: new Worker(source, { eval: isEval, resourceLimits }),
      jobs: new Map(),
      dead: false,
      done: 0,
      retiring: false,
    };
    slot.worker.on('message', (m: WorkerReply) => {
      const job = slot.jobs.get(m.seq);
      slot.jobs.delete(m.seq);
      crashes = 0;
      slot.done++;
      if (slot.done >= recycleAfter) slot.retiring = true;
      if (slot.retiring && slot.jobs.size === 0) replace(slot);
      job?.resolve(m.ok ? { ok: true, prepared: m.prepared } : { ok: false, error: m.error });
    });
    slot.worker.on('error', (err) => crashed(slot, err.message));
    slot.worker.on('exit', (code) => {
      if (!closing && !slot.dead) crashed(slot, `exited with code ${code}`);
    });
    return slot;
  };
  // Started on the first article: a re-run that finds everything unchanged never pays for them.
  // A slot is null while its worker is being replaced, and stays vacant until an article needs it.
  const slots: (Slot | null)[] = [];
  const vacant: boolean[] = [];
  const queue: Job[] = []; // articles waiting while every worker is being replaced

  const pick = (): Slot | null => {
    // least-loaded worker (articles differ a lot in length), never one that is retiring
    let best: Slot | null = null;
    for (const s of slots)
      if (s && !s.retiring && !s.dead && (!best || s.jobs.size < best.jobs.size)) best = s;
    return best;
  };
  const send = (slot: Slot, job: Job) => {
    slot.jobs.set(job.id, job);
    slot.worker.postMessage({ seq: job.id, raw: job.raw });
  };
  const drain = () => {
    for (let s = pick(); s && queue.length; s = pick()) send(s, queue.shift()!);
  };
  const fill = () => {
    for (let i = 0; i < slots.length; i++) {
      if (!vacant[i]) continue;
      vacant[i] = false;
      slots[i] = spawn();
    }
  };
  const dispatch = (job: Job) => {
    while (slots.length < size) slots.push(spawn());
    fill();
    const s = pick();
    if (s) send(s, job);
    else queue.push(job);
  };
  /**
   * Frees the old worker's memory first, then leaves its slot for a successor: peak memory never holds
   * both. The successor starts with the next article, not now: a worker that retires on the last
   * articles of a run would otherwise be followed by one that loads the pipeline (~1.3 s of CPU) and
   * warms up for nothing, and the run would wait for it to start.
   */
  function replace(slot: Slot): void {
    const i = slots.indexOf(slot);
    slot.dead = true;
    slots[i] = null;
    void slot.worker.terminate().finally(() => {
      if (closing || fatal) return;
      vacant[i] = true;
      if (queue.length) {
        fill();
        drain();
      }
    });
  }

  function crashed(slot: Slot, why: string): void {
    if (slot.dead || closing) return;
    crashes++;
    const orphans = [...slot.jobs.values()];
    slot.jobs.clear();
    if (crashes >= MAX_CRASHES_IN_A_ROW) {
      fatal = new Error(`extraction workers keep crashing (${crashes} times in a row), last: ${why}`);
      for (const s of slots) {
        for (const j of s?.jobs.values() ?? []) j.reject(fatal);
        s?.jobs.clear();
      }
      for (const j of [...orphans, ...queue.splice(0)]) j.reject(fatal);
      slot.dead = true;
      void slot.worker.terminate();
      return;
    }
    replace(slot);
    for (const j of orphans) {
      if (j.tries > 0) j.resolve({ ok: false, error: `extraction worker crashed on this article: ${why}` });
      else {
        j.tries++;
        dispatch(j);
      }
    }
  }

  return {
    size,
    get started() {
      return started;
    },
    run(raw) {
      if (fatal) return Promise.reject(fatal);
      return new Promise((resolve, reject) => dispatch({ id: seq++, raw, tries: 0, resolve, reject }));
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s?.worker.terminate()));
    },
  };
}
