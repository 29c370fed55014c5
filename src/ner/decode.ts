// Viterbi decoding over IOB2 label sequences. Transitions that IOB2 forbids (I-X not preceded by B-X or
// I-X, including at the sentence start) are excluded outright, so every output is a valid IOB2 sequence.

/** allowed[(prev) * L + cur], prev === L meaning the sentence start. */
export function iob2Allowed(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const ok = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let c = 0; c < L; c++) {
      const cur = labels[c];
      if (!cur.startsWith('I-')) {
        ok[p * L + c] = 1;
        continue;
      }
      const type = cur.slice(2);
      ok[p * L + c] = p < L && (labels[p] === `B-${type}` || labels[p] === `I-${type}`) ? 1 : 0;
    }
  }
  return ok;
}

/**
 * Best label indices for n positions. emit[i * L + y] are emission scores, trans[(p) * L + y] the
 * transition scores with row L for the start. out receives the label index per position.
 * Training calls this with transitions that change every sentence; tagging compiles the lattice once.
 */
export function viterbi(
  emit: Float64Array,
  n: number,
  L: number,
  trans: Float32Array | Float64Array,
  allowed: Uint8Array,
  out: Int32Array,
  scratch?: { score: Float64Array; back: Int32Array },
): void {
  if (n === 0) return;
  const score = scratch && scratch.score.length >= n * L ? scratch.score : new Float64Array(n * L);
  const back = scratch && scratch.back.length >= n * L ? scratch.back : new Int32Array(n * L);
  viterbiLattice(compileLattice(trans, allowed, L), emit, n, out, score, back);
}

/** Turn an I-X that cannot continue a chunk into B-X (the IOB1 → IOB2 repair conlleval also applies). */
export function repairIob2(tags: readonly string[]): string[] {
  const out = tags.slice();
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (!t.startsWith('I-')) continue;
    const type = t.slice(2);
    const prev = i > 0 ? out[i - 1] : 'O';
    if (prev !== `B-${type}` && prev !== `I-${type}`) out[i] = `B-${type}`;
  }
  return out;
}

/**
 * The IOB2 lattice compiled for decoding: per label, its allowed predecessors and their transition
 * scores, so the inner loop visits only legal transitions (34 of 49 with PER/ORG/LOC).
 */
export interface Lattice {
  L: number;
  /** start score per label, -Infinity when the label cannot start a sentence */
  start: Float64Array;
  /** predecessors of label y: pred[predStart[y] .. predStart[y + 1]), ascending */
  predStart: Int32Array;
  pred: Int32Array;
  predTrans: Float64Array;
}

export function compileLattice(trans: Float32Array | Float64Array, allowed: Uint8Array, L: number): Lattice {
  const start = new Float64Array(L);
  const predStart = new Int32Array(L + 1);
  const pred: number[] = [];
  const predTrans: number[] = [];
  for (let y = 0; y < L; y++) {
    start[y] = allowed[L * L + y] ? trans[L * L + y] : Number.NEGATIVE_INFINITY;
    predStart[y] = pred.length;
    for (let p = 0; p < L; p++) {
      if (!allowed[p * L + y]) continue;
      pred.push(p);
      predTrans.push(trans[p * L + y]);
    }
  }
  predStart[L] = pred.length;
  return { L, start, predStart, pred: Int32Array.from(pred), predTrans: Float64Array.from(predTrans) };
}

/** viterbi() over a compiled lattice: the same result (ties go to the lowest label index). */
export function viterbiLattice(
  lat: Lattice,
  emit: Float64Array,
  n: number,
  out: Int32Array,
  score: Float64Array,
  back: Int32Array,
): void {
  if (n === 0) return;
  const { L, start, predStart, pred, predTrans } = lat;
  for (let y = 0; y < L; y++)
    score[y] = start[y] === Number.NEGATIVE_INFINITY ? start[y] : emit[y] + start[y];
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let k = predStart[y]; k < predStart[y + 1]; k++) {
        const p = pred[k];
        const s = score[prevBase + p] + predTrans[k];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + y] = best + emit[base + y];
      back[base + y] = arg;
    }
  }
  let best = Number.NEGATIVE_INFINITY;
  let arg = 0;
  const last = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    if (score[last + y] > best) {
      best = score[last + y];
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg];
  }
}
