// Keeps a long ingest's memory flat. V8 lets a heap grow to several times its live size before a
// full collection; with three isolates (the writer and two workers) that slack, not live data, took a
// 20,000-article run to ~480 MB RSS (live heaps: ~50 MB each). A smaller growing factor, set before the
// workers start (V8 flags are process-wide and read at every collection): 389–398 MB at 20 %,
// 391–414 MB at 30–50 %, the same CPU within noise (docs/store.md).
import { setFlagsFromString } from 'node:v8';

export function heapGrowingPercent(): number {
  return Number(process.env.WARTA_HEAP_GROWING_PERCENT ?? 20);
}

export function boundHeapGrowth(percent = heapGrowingPercent()): void {
  if (Number.isInteger(percent) && percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
