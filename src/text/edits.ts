// Text rewriting that never loses track of where a character came from. A pass proposes edits on its
// input; applying them yields the output text and a map from output offsets back to input offsets.

export interface Edit {
  start: number; // in the pass's input
  end: number;
  replacement: string;
  kind: string;
}

export interface Applied {
  text: string;
  /** Maps an offset in `text` to the offset in the input it came from. */
  toInput: (pos: number) => number;
  /** Where each edit's replacement starts in `text` (same order as the sorted edits). */
  outStarts: number[];
  edits: Edit[];
}

/** Applies non-overlapping edits; when two overlap, the one starting first (and at a tie, the longer) wins. */
export function applyEdits(input: string, proposed: Edit[]): Applied {
  const sorted = [...proposed].sort((a, b) => a.start - b.start || b.end - a.end);
  const edits: Edit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd) continue;
    // zero-length insertions at the same point as a previous edit's end are fine
    edits.push(e);
    lastEnd = Math.max(lastEnd, e.end);
  }
  const parts: string[] = [];
  const outStarts: number[] = [];
  let cursor = 0;
  let outLen = 0;
  for (const e of edits) {
    parts.push(input.slice(cursor, e.start));
    outLen += e.start - cursor;
    outStarts.push(outLen);
    parts.push(e.replacement);
    outLen += e.replacement.length;
    cursor = e.end;
  }
  parts.push(input.slice(cursor));
  const text = parts.join('');

  const toInput = (pos: number): number => {
    // Find the last edit whose replacement starts at or before pos.
    let lo = 0;
    let hi = edits.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (outStarts[mid] <= pos) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return pos;
    const e = edits[k];
    const repEnd = outStarts[k] + e.replacement.length;
    if (pos < repEnd) return pos === outStarts[k] ? e.start : e.end; // inside a replacement
    return e.end + (pos - repEnd);
  };
  return { text, toInput, outStarts, edits };
}
