// Worker thread: runs the per-article pipeline on articles posted by the ingest loop, and prepares
// what the store derives from the analysis (JSON, search terms) here, off the writing thread.
// Each message is { seq, raw }; each reply is { seq, ok, prepared } or { seq, ok: false, error }.
// The analysis travels as its JSON string: cheaper to post than a structured clone of the object,
// and the store keeps that very string.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../../pipeline.js';
import type { RawArticle } from '../../types.js';
import { prepare } from '../prepare.js';

parentPort?.on('message', (msg: { seq: number; raw: RawArticle }) => {
  try {
    parentPort?.postMessage({ seq: msg.seq, ok: true, prepared: prepare(analyze(msg.raw)) });
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    parentPort?.postMessage({ seq: msg.seq, ok: false, error });
  }
});
