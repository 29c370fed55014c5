/** Index of the first item whose `start` is at or after `pos`, in items sorted by `start` (binary search). */
export function firstStartAtOrAfter(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
