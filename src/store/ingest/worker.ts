// Worker thread: runs the per-article pipeline on articles posted by the ingest loop.
// Each message is { seq, raw }; each reply is { seq, ok, analysis } or { seq, ok: false, error }.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../../pipeline.js';
import type { RawArticle } from '../../types.js';

parentPort?.on('message', (msg: { seq: number; raw: RawArticle }) => {
  try {
    parentPort?.postMessage({ seq: msg.seq, ok: true, analysis: analyze(msg.raw) });
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    parentPort?.postMessage({ seq: msg.seq, ok: false, error });
  }
});
