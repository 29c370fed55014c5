// Averaged structured perceptron (Collins 2002) over the first-order IOB2 Viterbi decoder.
// Deterministic: the sentence order of each epoch comes from a seeded generator.
// Optional domain augmentation (Daumé 2007): sentences of an auxiliary corpus (NERGrit) train a shared copy
// of every feature plus a copy private to their domain; the exported model folds shared + target-domain
// weights into one table, so tagging costs nothing extra.
import { iob2Allowed, viterbi } from './decode.js';
import type { FeatureExtractor, Gazetteer } from './features.js';
import { fmix, key2 } from './hash.js';

export interface TrainSentence {
  tokens: string[];
  /** label indices */
  tags: Int32Array;
  /** 0 = target domain; other numbers are auxiliary corpora. */
  domain?: number;
}

export interface TrainOptions {
  labels: readonly string[];
  epochs: number;
  seed: number;
  gazetteer?: Gazetteer;
  /** Give each domain its own copy of every feature (only meaningful with auxiliary-domain sentences). */
  augmentDomains?: boolean;
  /** Called after each epoch with a function that exports the averaged weights so far. */
  onEpoch?: (epoch: number, snapshot: () => TrainedWeights) => void;
}

export interface TrainedWeights {
  keys: Int32Array;
  weights: Float32Array;
  trans: Float32Array;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAIN_TEMPLATE = 900;

/** Fisher–Yates shuffle of `order` in place, from `rand` (both trainers' epoch order). */
export function shuffle(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/** Emission scores n × L of a sentence whose tokens list weight rows: emit[i·L + y] = Σ w[row·L + y]. */
export function sumEmissions(
  emit: Float64Array,
  s: { rows: Int32Array; offsets: Int32Array },
  n: number,
  w: Float64Array,
  L: number,
): void {
  emit.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
      const o = s.rows[k] * L;
      for (let y = 0; y < L; y++) emit[i * L + y] += w[o + y];
    }
  }
}

interface Prepared {
  rows: Int32Array;
  offsets: Int32Array;
  tags: Int32Array;
  domain: number;
}

export function trainPerceptron(
  extractor: FeatureExtractor,
  data: readonly TrainSentence[],
  opts: TrainOptions,
): TrainedWeights {
  const L = opts.labels.length;
  const allowed = iob2Allowed(opts.labels);
  const rowOf = new Map<number, number>();
  const rowKey: number[] = [];
  const rowDomain: number[] = [];
  const rowFor = (key: number, domain: number): number => {
    let r = rowOf.get(key);
    if (r === undefined) {
      r = rowKey.length;
      rowOf.set(key, r);
      rowKey.push(key);
      rowDomain.push(domain);
    }
    return r;
  };
  const nDomains = 1 + Math.max(0, ...data.map((s) => s.domain ?? 0));
  const augment = !!opts.augmentDomains && nDomains > 1;

  // Features are extracted once; each key is mapped to a dense row (domain copies get their own rows and
  // remember their base key for folding).
  const baseOfRow: number[] = [];
  const prepared: Prepared[] = data.map((s) => {
    const { keys, offsets } = extractor.extract(s.tokens, opts.gazetteer);
    const domain = s.domain ?? 0;
    const n = s.tokens.length;
    const per = augment ? 2 : 1;
    const rows = new Int32Array((offsets[n] - offsets[0]) * per);
    const offs = new Int32Array(n + 1);
    let k = 0;
    for (let i = 0; i < n; i++) {
      offs[i] = k;
      for (let j = offsets[i]; j < offsets[i + 1]; j++) {
        const r = rowFor(keys[j], -1);
        baseOfRow[r] = keys[j];
        rows[k++] = r;
        if (augment) {
          const dk = key2(DOMAIN_TEMPLATE + domain, keys[j]);
          const dr = rowFor(dk, domain);
          baseOfRow[dr] = keys[j];
          rows[k++] = dr;
        }
      }
    }
    offs[n] = k;
    return { rows, offsets: offs, tags: s.tags, domain };
  });

  const nRows = rowKey.length;
  const w = new Float64Array(nRows * L);
  const u = new Float64Array(nRows * L); // sum of c * update, for averaging
  const T = (L + 1) * L;
  // transitions: shared + one private copy per domain when augmenting
  const tw = new Float64Array(T * (augment ? nDomains + 1 : 1));
  const tu = new Float64Array(tw.length);
  let c = 1;

  const rand = mulberry32(opts.seed);
  const order = prepared.map((_, i) => i);
  let emit = new Float64Array(1024);
  let pred = new Int32Array(256);
  const transView = new Float64Array(T);

  const exportWeights = (): TrainedWeights => {
    // averaged weight = w - u / c; fold domain copies of the target domain (0) into their base key
    const acc = new Map<number, Float64Array>();
    for (let r = 0; r < nRows; r++) {
      const d = rowDomain[r];
      if (d > 0) continue;
      let any = false;
      const v = new Float64Array(L);
      for (let y = 0; y < L; y++) {
        v[y] = w[r * L + y] - u[r * L + y] / c;
        if (v[y] !== 0) any = true;
      }
      if (!any) continue;
      const base = baseOfRow[r];
      const prev = acc.get(base);
      if (prev) for (let y = 0; y < L; y++) prev[y] += v[y];
      else acc.set(base, v);
    }
    const keys = new Int32Array(acc.size);
    const weights = new Float32Array(acc.size * L);
    // sorted keys: the file is byte-identical across runs
    const sorted = [...acc.keys()].sort((a, b) => a - b);
    sorted.forEach((key, i) => {
      keys[i] = key;
      weights.set(acc.get(key)!, i * L);
    });
    const trans = new Float32Array(T);
    for (let t = 0; t < T; t++) {
      trans[t] = tw[t] - tu[t] / c;
      if (augment) trans[t] += tw[T + t] - tu[T + t] / c; // target domain 0's private copy
    }
    return { keys, weights, trans };
  };

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, rand);
    for (const si of order) {
      const s = prepared[si];
      const n = s.tags.length;
      if (n === 0) continue;
      if (emit.length < n * L) emit = new Float64Array(n * L * 2);
      if (pred.length < n) pred = new Int32Array(n * 2);
      sumEmissions(emit, s, n, w, L);
      const dOff = augment ? T * (s.domain + 1) : -1;
      for (let t = 0; t < T; t++) transView[t] = tw[t] + (dOff >= 0 ? tw[dOff + t] : 0);
      viterbi(emit, n, L, transView, allowed, pred);
      let prevG = L;
      let prevP = L;
      for (let i = 0; i < n; i++) {
        const g = s.tags[i];
        const p = pred[i];
        if (g !== p) {
          for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
            const o = s.rows[k] * L;
            w[o + g] += 1;
            u[o + g] += c;
            w[o + p] -= 1;
            u[o + p] -= c;
          }
        }
        if (g !== p || prevG !== prevP) {
          const tg = prevG * L + g;
          const tp = prevP * L + p;
          tw[tg] += 1;
          tu[tg] += c;
          tw[tp] -= 1;
          tu[tp] -= c;
          if (dOff >= 0) {
            tw[dOff + tg] += 1;
            tu[dOff + tg] += c;
            tw[dOff + tp] -= 1;
            tu[dOff + tp] -= c;
          }
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    opts.onEpoch?.(epoch, exportWeights);
  }
  return exportWeights();
}

/** Stable checksum of trained weights (to show that training is deterministic). */
export function weightsChecksum(t: TrainedWeights): string {
  let h = 0;
  for (let i = 0; i < t.keys.length; i++) h = fmix(h ^ t.keys[i]);
  let s = 0;
  for (let i = 0; i < t.weights.length; i++) s += t.weights[i] * ((i % 7) + 1);
  return `${(h >>> 0).toString(16)}:${s.toFixed(3)}`;
}

/** Mean of several weight sets (a key missing from one set counts as zero there). */
export function averageWeights(sets: readonly TrainedWeights[], L: number): TrainedWeights {
  if (sets.length === 1) return sets[0];
  const acc = new Map<number, Float64Array>();
  for (const s of sets) {
    for (let i = 0; i < s.keys.length; i++) {
      let v = acc.get(s.keys[i]);
      if (!v) {
        v = new Float64Array(L);
        acc.set(s.keys[i], v);
      }
      for (let y = 0; y < L; y++) v[y] += s.weights[i * L + y] / sets.length;
    }
  }
  const sorted = [...acc.keys()].sort((a, b) => a - b);
  const keys = Int32Array.from(sorted);
  const weights = new Float32Array(keys.length * L);
  sorted.forEach((k, i) => {
    weights.set(acc.get(k)!, i * L);
  });
  const trans = new Float32Array(sets[0].trans.length);
  for (const s of sets) for (let t = 0; t < trans.length; t++) trans[t] += s.trans[t] / sets.length;
  return { keys, weights, trans };
}
