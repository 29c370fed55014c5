// Linear-chain CRF trained by AdaGrad on the negative log-likelihood with L2 regularisation, over the
// same features and the same IOB2-constrained label lattice as the perceptron (forbidden transitions are
// excluded from the partition function too, so training and Viterbi decoding agree).
// Deterministic: sentence order per epoch from a seeded generator.
import { iob2Allowed } from './decode.js';
import type { FeatureExtractor, Gazetteer } from './features.js';
import { mulberry32, shuffle, sumEmissions, type TrainedWeights, type TrainSentence } from './perceptron.js';

export interface CrfOptions {
  labels: readonly string[];
  epochs: number;
  seed: number;
  /** L2 strength per sentence-sized step (total penalty λ/2‖w‖² spread over the corpus). */
  l2: number;
  /** AdaGrad base learning rate. */
  eta: number;
  gazetteer?: Gazetteer;
  /** Exported weights whose largest absolute value is below this are dropped (model size). */
  prune: number;
  onEpoch?: (epoch: number, snapshot: () => TrainedWeights) => void;
}

function logSumExp(xs: Float64Array, n: number): number {
  let m = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) if (xs[i] > m) m = xs[i];
  if (m === Number.NEGATIVE_INFINITY) return m;
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.exp(xs[i] - m);
  return m + Math.log(s);
}

export function trainCrf(
  extractor: FeatureExtractor,
  data: readonly TrainSentence[],
  opts: CrfOptions,
): TrainedWeights {
  const L = opts.labels.length;
  const allowed = iob2Allowed(opts.labels);
  const rowOf = new Map<number, number>();
  const rowKey: number[] = [];
  const prepared = data.map((s) => {
    const { keys, offsets } = extractor.extract(s.tokens, opts.gazetteer);
    const n = s.tokens.length;
    const rows = new Int32Array(offsets[n]);
    for (let j = 0; j < offsets[n]; j++) {
      let r = rowOf.get(keys[j]);
      if (r === undefined) {
        r = rowKey.length;
        rowOf.set(keys[j], r);
        rowKey.push(keys[j]);
      }
      rows[j] = r;
    }
    return { rows, offsets: offsets.slice(0, n + 1), tags: s.tags };
  });
  const nRows = rowKey.length;
  const w = new Float64Array(nRows * L);
  const G = new Float64Array(nRows * L);
  const T = (L + 1) * L;
  const tw = new Float64Array(T);
  const tG = new Float64Array(T);
  const lam = opts.l2 / prepared.length;
  const eta = opts.eta;

  let emit = new Float64Array(0);
  let alpha = new Float64Array(0);
  let beta = new Float64Array(0);
  const tmp = new Float64Array(L);
  const tgrad = new Float64Array(T);
  const NEG = Number.NEGATIVE_INFINITY;

  const exportWeights = (): TrainedWeights => {
    const kept: number[] = [];
    for (let r = 0; r < nRows; r++) {
      let m = 0;
      for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(w[r * L + y]));
      if (m >= opts.prune) kept.push(r);
    }
    kept.sort((a, b) => rowKey[a] - rowKey[b]);
    const keys = new Int32Array(kept.length);
    const weights = new Float32Array(kept.length * L);
    kept.forEach((r, i) => {
      keys[i] = rowKey[r];
      for (let y = 0; y < L; y++) weights[i * L + y] = w[r * L + y];
    });
    return { keys, weights, trans: Float32Array.from(tw) };
  };

  const rand = mulberry32(opts.seed);
  const order = prepared.map((_, i) => i);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, rand);
    for (const si of order) {
      const s = prepared[si];
      const n = s.tags.length;
      if (n === 0) continue;
      if (emit.length < n * L) {
        emit = new Float64Array(n * L * 2);
        alpha = new Float64Array(n * L * 2);
        beta = new Float64Array(n * L * 2);
      }
      sumEmissions(emit, s, n, w, L);
      // forward
      for (let y = 0; y < L; y++) alpha[y] = allowed[L * L + y] ? tw[L * L + y] + emit[y] : NEG;
      for (let i = 1; i < n; i++) {
        for (let y = 0; y < L; y++) {
          for (let p = 0; p < L; p++)
            tmp[p] = allowed[p * L + y] ? alpha[(i - 1) * L + p] + tw[p * L + y] : NEG;
          alpha[i * L + y] = logSumExp(tmp, L) + emit[i * L + y];
        }
      }
      // backward
      for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 0;
      for (let i = n - 2; i >= 0; i--) {
        for (let p = 0; p < L; p++) {
          for (let y = 0; y < L; y++) {
            tmp[y] = allowed[p * L + y] ? tw[p * L + y] + emit[(i + 1) * L + y] + beta[(i + 1) * L + y] : NEG;
          }
          beta[i * L + p] = logSumExp(tmp, L);
        }
      }
      for (let y = 0; y < L; y++) tmp[y] = alpha[(n - 1) * L + y];
      const logZ = logSumExp(tmp, L);
      // feature gradients: marginal - empirical, plus L2 on the rows touched
      tgrad.fill(0);
      for (let i = 0; i < n; i++) {
        const g = s.tags[i];
        for (let y = 0; y < L; y++)
          tmp[y] = Math.exp(alpha[i * L + y] + beta[i * L + y] - logZ) - (y === g ? 1 : 0);
        for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
          const o = s.rows[k] * L;
          for (let y = 0; y < L; y++) {
            const gr = tmp[y] + lam * w[o + y];
            if (gr === 0) continue;
            G[o + y] += gr * gr;
            w[o + y] -= (eta * gr) / Math.sqrt(G[o + y]);
          }
        }
        if (i === 0) {
          for (let y = 0; y < L; y++) if (allowed[L * L + y]) tgrad[L * L + y] += tmp[y];
        } else {
          const pg = s.tags[i - 1];
          for (let p = 0; p < L; p++) {
            for (let y = 0; y < L; y++) {
              if (!allowed[p * L + y]) continue;
              const m = Math.exp(
                alpha[(i - 1) * L + p] + tw[p * L + y] + emit[i * L + y] + beta[i * L + y] - logZ,
              );
              tgrad[p * L + y] += m - (p === pg && y === g ? 1 : 0);
            }
          }
        }
      }
      for (let t = 0; t < T; t++) {
        const gr = tgrad[t] + lam * tw[t];
        if (gr === 0) continue;
        tG[t] += gr * gr;
        tw[t] -= (eta * gr) / Math.sqrt(tG[t]);
      }
    }
    opts.onEpoch?.(epoch, exportWeights);
  }
  return exportWeights();
}
