// Word clusters learned from unlabeled text by the predictive exchange algorithm (Uszkoreit & Brants 2008):
// words move between K classes to maximise the likelihood of a class bigram model P(c(w) | w_prev).
// It plays the role Brown clusters play in classic NER taggers, but each pass is linear in the number of
// distinct bigrams times K, so several granularities train in seconds. Deterministic: frequency-ordered
// initialisation and tie-breaking by class index (the seed only permutes ties in the initial assignment).

export interface ClusterOptions {
  /** Class counts, coarse to fine; each word gets one id per granularity. */
  sizes?: number[];
  minCount?: number;
  iterations?: number;
  seed?: number;
}

const f = (x: number) => (x > 0 ? x * Math.log(x) : 0);

function exchange(
  nWords: number,
  predOf: { v: Int32Array; n: Float64Array }[],
  freq: Float64Array,
  nPred: number,
  K: number,
  iterations: number,
): Int32Array {
  const cls = new Int32Array(nWords);
  for (let w = 0; w < nWords; w++) cls[w] = w % K; // words are frequency-sorted: round robin spreads them
  const Nvc = new Float64Array(nPred * K);
  const Nc = new Float64Array(K);
  for (let w = 0; w < nWords; w++) {
    const c = cls[w];
    const p = predOf[w];
    for (let j = 0; j < p.v.length; j++) Nvc[p.v[j] * K + c] += p.n[j];
    Nc[c] += freq[w];
  }
  const delta = new Float64Array(K);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let w = 0; w < nWords; w++) {
      const a = cls[w];
      const p = predOf[w];
      const nw = freq[w];
      for (let j = 0; j < p.v.length; j++) Nvc[p.v[j] * K + a] -= p.n[j];
      Nc[a] -= nw;
      for (let b = 0; b < K; b++) delta[b] = f(Nc[b]) - f(Nc[b] + nw);
      for (let j = 0; j < p.v.length; j++) {
        const row = p.v[j] * K;
        const n = p.n[j];
        for (let b = 0; b < K; b++) {
          const x = Nvc[row + b];
          if (x > 0) delta[b] += f(x + n) - f(x);
          else delta[b] += f(n);
        }
      }
      let best = a;
      for (let b = 0; b < K; b++) if (delta[b] > delta[best] + 1e-9) best = b;
      if (best !== a) moved++;
      cls[w] = best;
      for (let j = 0; j < p.v.length; j++) Nvc[p.v[j] * K + best] += p.n[j];
      Nc[best] += nw;
    }
    if (moved < nWords * 0.002) break;
  }
  return cls;
}

/** Lowercased word → cluster ids (e.g. ["a12", "b201"]) for words seen at least minCount times. */
export function learnClusters(
  sentences: readonly string[][],
  opts: ClusterOptions = {},
): Map<string, string[]> {
  const sizes = opts.sizes ?? [64, 384];
  const minCount = opts.minCount ?? 3;
  const iterations = opts.iterations ?? 12;
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const t of s) counts.set(t.toLowerCase(), (counts.get(t.toLowerCase()) ?? 0) + 1);
  const words = [...counts.entries()]
    .filter(([, c]) => c >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
  const id = new Map(words.map((w, i) => [w, i]));
  // predecessors: every clustered word, plus <s> and one shared id for rare words
  const BOS = words.length;
  const RARE = words.length + 1;
  const nPred = words.length + 2;
  const bigrams = new Map<number, number>();
  const freq = new Float64Array(words.length);
  for (const s of sentences) {
    let prev = BOS;
    for (const t of s) {
      const w = id.get(t.toLowerCase());
      if (w !== undefined) {
        const key = w * nPred + prev;
        bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
        freq[w]++;
      }
      prev = w ?? RARE;
    }
  }
  const lists: { v: number[]; n: number[] }[] = words.map(() => ({ v: [], n: [] }));
  for (const [key, n] of [...bigrams.entries()].sort((a, b) => a[0] - b[0])) {
    const w = Math.floor(key / nPred);
    lists[w].v.push(key % nPred);
    lists[w].n.push(n);
  }
  const predOf = lists.map((l) => ({ v: Int32Array.from(l.v), n: Float64Array.from(l.n) }));
  const out = new Map<string, string[]>(words.map((w) => [w, []]));
  sizes.forEach((K, level) => {
    const cls = exchange(words.length, predOf, freq, nPred, K, iterations);
    const prefix = String.fromCharCode(97 + level);
    words.forEach((w, i) => {
      out.get(w)!.push(`${prefix}${cls[i]}`);
    });
  });
  return out;
}
