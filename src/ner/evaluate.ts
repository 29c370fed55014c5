// Entity-level scoring compatible with conlleval: chunks are read with conlleval's rules (an I-X after O or
// after another type starts a chunk), an entity counts as correct only when its span and type both match.

export interface Chunk {
  type: string;
  start: number;
  /** exclusive */
  end: number;
}

export interface TypeScore {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface NerScores {
  micro: TypeScore;
  perType: Record<string, TypeScore>;
  tokens: number;
  tokenAccuracy: number;
}

function split(tag: string): [string, string] {
  if (tag === 'O' || tag === '') return ['O', ''];
  const dash = tag.indexOf('-');
  return dash < 0 ? [tag, ''] : [tag.slice(0, dash), tag.slice(dash + 1)];
}

/** Chunks of one tag sequence, following conlleval's startOfChunk/endOfChunk. */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  let prevPrefix = 'O';
  let prevType = '';
  for (let i = 0; i <= tags.length; i++) {
    const [prefix, type] = i < tags.length ? split(tags[i]) : ['O', ''];
    const ends =
      open !== null &&
      (prefix === 'B' ||
        prefix === 'S' ||
        prefix === 'O' ||
        prevPrefix === 'E' ||
        prevPrefix === 'S' ||
        prevType !== type);
    if (ends && open) {
      open.end = i;
      out.push(open);
      open = null;
    }
    const starts =
      prefix !== 'O' &&
      (prefix === 'B' ||
        prefix === 'S' ||
        prevPrefix === 'O' ||
        prevPrefix === 'E' ||
        prevPrefix === 'S' ||
        prevType !== type ||
        open === null);
    if (starts) open = { type, start: i, end: i + 1 };
    prevPrefix = prefix;
    prevType = type;
  }
  return out;
}

function score(tp: number, predicted: number, gold: number): TypeScore {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

/** Score predicted against gold tag sequences (one array per sentence). */
export function evaluateNer(gold: readonly string[][], pred: readonly string[][]): NerScores {
  if (gold.length !== pred.length) throw new Error('gold and predicted sentence counts differ');
  const counts = new Map<string, { tp: number; p: number; g: number }>();
  const bump = (t: string) => {
    let c = counts.get(t);
    if (!c) {
      c = { tp: 0, p: 0, g: 0 };
      counts.set(t, c);
    }
    return c;
  };
  let tokens = 0;
  let correctTokens = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s];
    const p = pred[s];
    if (g.length !== p.length) throw new Error(`sentence ${s + 1}: gold and predicted token counts differ`);
    tokens += g.length;
    for (let i = 0; i < g.length; i++) if (g[i] === p[i]) correctTokens++;
    const gc = chunks(g);
    const pc = chunks(p);
    const goldKeys = new Set(gc.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of gc) bump(c.type).g++;
    for (const c of pc) {
      const k = bump(c.type);
      k.p++;
      if (goldKeys.has(`${c.start}:${c.end}:${c.type}`)) k.tp++;
    }
  }
  let tp = 0;
  let np = 0;
  let ng = 0;
  const perType: Record<string, TypeScore> = {};
  for (const [t, c] of [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    perType[t] = score(c.tp, c.p, c.g);
    tp += c.tp;
    np += c.p;
    ng += c.g;
  }
  return { micro: score(tp, np, ng), perType, tokens, tokenAccuracy: tokens ? correctTokens / tokens : 0 };
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

/** A conlleval-like report. */
export function formatScores(s: NerScores): string {
  const m = s.micro;
  const lines = [
    `processed ${s.tokens} tokens with ${m.gold} phrases; found: ${m.predicted} phrases; correct: ${m.tp}.`,
    `accuracy: ${pct(s.tokenAccuracy)}%; precision: ${pct(m.precision)}%; recall: ${pct(m.recall)}%; FB1: ${pct(m.f1)}`,
  ];
  for (const [t, v] of Object.entries(s.perType)) {
    lines.push(
      `${t.padStart(17)}: precision: ${pct(v.precision)}%; recall: ${pct(v.recall)}%; FB1: ${pct(v.f1)}  ${v.predicted}`,
    );
  }
  return lines.join('\n');
}
