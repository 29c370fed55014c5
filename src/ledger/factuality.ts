// The sign of a FactBank factuality value: does the source say the event happened (+1), did not
// happen (-1), or take no position (0)? A claim is contested when its sources have both signs.
import type { Factuality } from '../types.js';

export function factualitySign(f: Factuality | string): -1 | 0 | 1 {
  if (f.endsWith('+')) return 1;
  if (f.endsWith('-')) return -1;
  return 0;
}

export function isContested(positive: number, negative: number): boolean {
  return positive > 0 && negative > 0;
}
