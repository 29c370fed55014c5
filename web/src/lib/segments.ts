// Cuts a text into runs where the set of covering marks is constant, so overlapping spans
// (a speaker inside a sentence inside an evidence window) render as flat, nested-free <span>s.
// Pure: no DOM, no preact — the renderer turns each run into a text node inside one element.

export type MarkKind =
  | 'entity'
  | 'speaker'
  | 'cue'
  | 'content'
  | 'trigger'
  | 'evidence'
  | 'event'
  | 'selected'
  | 'context';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** What a click on the run opens: an entity, statement or event id within the document. */
  ref?: string;
}

export interface Run {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}

/**
 * Splits text[from, to) at every mark boundary. Marks are clipped to the window; empty or
 * inverted marks are ignored (a bad offset must not break the page, only lose a highlight).
 */
export function segment(text: string, marks: Mark[], from = 0, to = text.length): Run[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  const usable = marks
    .map((m) => ({ ...m, start: Math.max(m.start, lo), end: Math.min(m.end, hi) }))
    .filter((m) => Number.isFinite(m.start) && Number.isFinite(m.end) && m.end > m.start);
  const cuts = new Set<number>([lo, hi]);
  for (const m of usable) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const covering = usable.filter((m) => m.start <= start && m.end >= end);
    runs.push({ start, end, text: text.slice(start, end), marks: covering });
  }
  return runs;
}

/** The mark a click on a run should open: the narrowest one that has a ref. */
export function target(run: Run): Mark | null {
  let best: Mark | null = null;
  for (const m of run.marks) {
    if (!m.ref) continue;
    if (!best || m.end - m.start < best.end - best.start) best = m;
  }
  return best;
}

/** The window of whole sentences around [start, end), `around` sentences either side. */
export function sentenceWindow(
  sentences: { start: number; end: number }[],
  start: number,
  end: number,
  around = 1,
): { start: number; end: number } {
  if (sentences.length === 0) return { start, end };
  let first = sentences.findIndex((s) => s.end > start);
  if (first < 0) first = sentences.length - 1;
  let last = first;
  while (last + 1 < sentences.length && sentences[last + 1].start < end) last++;
  const a = sentences[Math.max(0, first - around)];
  const b = sentences[Math.min(sentences.length - 1, last + around)];
  return { start: Math.min(a.start, start), end: Math.max(b.end, end) };
}

/** [start, end) of each paragraph: text between runs of line breaks. */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n+/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) out.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ start: at, end: text.length });
  return out;
}
