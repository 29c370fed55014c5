// Emission scores for tagging, computed from caches instead of one hash lookup per feature. It scores
// exactly the features of FeatureExtractor.extract (what training sees); tests compare the two.
//
// Per word type (first time it is seen): its attribute hashes, small ids of its low-cardinality
// attributes (casing class, context class, coarse cluster), and its score contribution at each window
// offset -2..2 (the unigram features, ~80 lookups, done once), in two arenas indexed by a word id.
// Per word bigram (a, b) (first time it is seen): the sums of everything that depends on a and b only,
// at b's position (a's offset -1 contribution, b's own contribution, the left conjunctions) and at a's
// position (the right conjunctions, b's offset +1 contribution). Cached in a float arena.
// Conjunctions of low-cardinality attributes (casing × casing, context × casing, cluster × cluster,
// capitalised-run shape) are dense tables indexed by the small ids (built at construction; the cluster
// pairs lazily).
// So a token costs two bigram-cache probes and six vector additions of L floats (seven inside a
// capitalised run); no string is built or hashed for a word or a bigram already seen.

import type { FeatureConfig, FeatureResources, Gazetteer } from './features.js';
import * as features from './features.js';
import type { WeightTable } from './hash.js';
import * as hash from './hash.js';

// Module-local copies of the imports used in hot loops: some loaders (tsx, the bench's) compile imports
// to getter calls on a module object, which every feature key would otherwise pay.
const { BOS, BOS_SLOTS, CAP, CAPR, CASING_CLASSES, CLA, CLB, CTX, EOS, EOS_SLOTS, LW, NONE, SHAPE } =
  features;
const { T_PAIR, T_RUN, gazetteerKeys, gazetteerTags, unigramKeysAt, wordAttrs } = features;
const { FNV_OFFSET, fmix, fnv, hashString, key2, key3 } = hash;

/**
 * A word type seen by the scorer. Its attribute hashes (NSLOT) and its score contribution (ROWS × L: at
 * offsets -2, -1, 0 when not sentence-initial, +1, +2, then the change at position 0) live in two shared
 * arenas at index `id`, not in per-word typed arrays: fewer allocations for the garbage collector to move.
 */
interface WordScore {
  id: number;
  /** Small ids: casing class, context class, coarse cluster. */
  cap: number;
  ctx: number;
  cla: number;
  /** Starts with an uppercase letter (member of a capitalised run). */
  upper: boolean;
  /** Lowercase raw token: the "word before the run" attribute of run features. */
  lower: string;
  /** When this word precedes a capitalised run: per run shape, the weight offset of (shape, this word) or -1; -2 not yet looked up. */
  runAfter: Int32Array | null;
}

const R_M2 = 0;
const R_P2 = 4;
const R_FIRST = 5;
const ROWS = 6;

const NS = features.NSLOT;
/**
 * Cache bounds (a long-running ingest stays bounded): when a sentence would pass the words' bound, both
 * caches are emptied; when it would pass the pairs' bound, the pair cache.
 */
export interface ScorerLimits {
  words: number;
  bigrams: number;
}
// Bounded so that two workers stay within the ingest memory target: at the cap the word cache is ~550 B
// a word and the pair cache ~150 B a pair (≈ 50 MB per worker at 60k/120k, ≈ 150 MB at 200k/300k).
// WARTA_NER_CACHE_WORDS sets the word cap; the pair cap is twice it.
const CACHE_WORDS = Number(process.env.WARTA_NER_CACHE_WORDS ?? 60_000);
const LIMITS: ScorerLimits = { words: CACHE_WORDS, bigrams: 2 * CACHE_WORDS };
const UPPER_START = /^\p{Lu}/u;

/** Run shapes: position S/B/E/I × length bucket 1..4 × starts the sentence. */
const RUN_POS = ['S', 'B', 'E', 'I'];
const runShape = (pos: number, lenB: number, first: number) => pos * 8 + (lenB - 1) * 2 + first;

function ids(values: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const v of values) if (!m.has(v)) m.set(v, m.size);
  return m;
}

export class Scorer {
  private readonly L: number;
  private words = new Map<string, WordScore>();
  private nextId = 0;
  private wordCap = 4096;
  private slotArena = new Int32Array(4096 * NS);
  private contribArena: Float64Array;
  private readonly bos: WordScore;
  private readonly eos: WordScore;
  private keyBuf = new Int32Array(4096);
  private readonly acc: Int32Array;
  private ws: WordScore[] = [];
  private emitBuf = new Float64Array(1024);
  private readonly segEnds = new Int32Array(5);
  private readonly attrs = new features.AttrBuf();
  /** sink of the touch passes, so they are not optimised away */
  touched = 0;

  // bigram cache: open addressing on (id a + 1, id b) → offset in the arena of 2L floats; one 16-byte
  // slot per entry [a + 1, b, offset, -], 0 in the first field marks an empty slot
  private bg = new Int32Array(4 << 14);
  private bgMask = (1 << 14) - 1;
  private bigrams = 0;
  private arena = new Float64Array(4096 * 14);

  private readonly capIds: Map<number, number>;
  private readonly ctxIds: Map<number, number>;
  private readonly claIds: Map<number, number>;
  private readonly nCap: number;
  private readonly nCla: number;
  // dense conjunction tables (rows of L), named after their pairKeys template number
  private readonly d4: Float64Array; // ctx(prev) × cap
  private readonly d5: Float64Array; // ctx(prev prev) × cap
  private readonly d76: Float64Array; // cap(a) × cap(b): template 7 at b, then template 6 at a (2L per pair)
  private readonly d89: Float64Array; // cla(a) × cla(b): template 8 at b, then template 9 at a (2L per pair)
  /** d89 is filled lazily (thousands of cluster pairs, few used): 1 where a pair is filled */
  private readonly d89Done: Uint8Array;
  private readonly claVals: number[];
  private readonly d15: Float64Array; // cap(prev) × cap(next)
  private readonly run1: Float64Array; // run shape
  /** FNV state after `${shape}|`, per run shape. */
  private readonly runPrefix: Int32Array;

  constructor(
    private readonly cfg: FeatureConfig,
    private readonly res: FeatureResources,
    private readonly table: WeightTable,
    private readonly wordTable: WeightTable,
    L: number,
    private readonly limits: ScorerLimits = LIMITS,
  ) {
    this.L = L;
    this.acc = new Int32Array(L);
    this.contribArena = new Float64Array(4096 * ROWS * L);
    const capVals = [...CASING_CLASSES.map(hashString), BOS, EOS];
    const ctxVals = [NONE, ...[...new Set(res.context.values())].sort().map(hashString), BOS, EOS];
    const claSet = new Set<string>();
    for (const e of res.lex.values()) if (e.clusters.length > 0) claSet.add(e.clusters[0]);
    const claVals = [NONE, ...[...claSet].sort().map(hashString), BOS, EOS];
    this.capIds = ids(capVals);
    this.ctxIds = ids(ctxVals);
    this.claIds = ids(claVals);
    this.nCap = this.capIds.size;
    this.nCla = this.claIds.size;
    const cap = [...this.capIds.keys()];
    const ctx = [...this.ctxIds.keys()];
    const cla = [...this.claIds.keys()];
    this.d4 = this.dense(T_PAIR + 4, ctx, cap);
    this.d5 = this.dense(T_PAIR + 5, ctx, cap);
    this.d76 = this.dense2(T_PAIR + 7, T_PAIR + 6, cap);
    this.claVals = cla;
    this.d89 = new Float64Array(cla.length * cla.length * 2 * L);
    this.d89Done = new Uint8Array(cla.length * cla.length);
    this.d15 = this.dense(T_PAIR + 15, cap, cap);
    this.run1 = new Float64Array(32 * L);
    this.runPrefix = new Int32Array(32);
    for (let pos = 0; pos < 4; pos++) {
      for (let lenB = 1; lenB <= 4; lenB++) {
        for (let first = 0; first < 2; first++) {
          const c = runShape(pos, lenB, first);
          const f = `${RUN_POS[pos]}${lenB}${first ? 'f' : ''}`;
          this.addKey(this.table, key2(T_RUN, hashString(f)), this.run1, c * L);
          this.runPrefix[c] = fnv(FNV_OFFSET, `${f}|`, 0, f.length + 1);
        }
      }
    }
    this.bos = this.boundary(BOS_SLOTS, '<s>');
    this.eos = this.boundary(EOS_SLOTS, '</s>');
  }

  private boundary(slots: Int32Array, lower: string): WordScore {
    const id = this.newId();
    this.slotArena.set(slots, id * NS);
    return this.make(id, null, 0, false, lower);
  }

  /** The next word index, with room for it in the arenas. */
  private newId(): number {
    const id = this.nextId++;
    if (id >= this.wordCap) {
      this.wordCap *= 2;
      const sa = new Int32Array(this.wordCap * NS);
      sa.set(this.slotArena);
      this.slotArena = sa;
      const ca = new Float64Array(this.wordCap * ROWS * this.L);
      ca.set(this.contribArena);
      this.contribArena = ca;
    }
    return id;
  }

  /** The word at index id, whose slots are already in the arena. */
  private make(
    id: number,
    local: Int32Array | null,
    localN: number,
    upper: boolean,
    lower: string,
  ): WordScore {
    const so = id * NS;
    const cap = this.capIds.get(this.slotArena[so + CAP]);
    const ctx = this.ctxIds.get(this.slotArena[so + CTX]);
    const cla = this.claIds.get(this.slotArena[so + CLA]);
    if (cap === undefined || ctx === undefined || cla === undefined) {
      throw new Error('NER scorer: a casing, context or cluster attribute outside the model');
    }
    this.contribution(id, local, localN);
    return { id, cap, ctx, cla, upper, lower, runAfter: null };
  }

  private dense(template: number, as: number[], bs: number[]): Float64Array {
    const L = this.L;
    const out = new Float64Array(as.length * bs.length * L);
    for (let i = 0; i < as.length; i++) {
      for (let j = 0; j < bs.length; j++) {
        this.addKey(this.table, key3(template, as[i], bs[j]), out, (i * bs.length + j) * L);
      }
    }
    return out;
  }

  /** Two templates over the same pairs of values, interleaved: one cache line per pair instead of two. */
  private dense2(t1: number, t2: number, vs: number[]): Float64Array {
    const L = this.L;
    const n = vs.length;
    const out = new Float64Array(n * n * 2 * L);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        this.addKey(this.table, key3(t1, vs[i], vs[j]), out, (i * n + j) * 2 * L);
        this.addKey(this.table, key3(t2, vs[i], vs[j]), out, (i * n + j) * 2 * L + L);
      }
    }
    return out;
  }

  private addKey(table: WeightTable, key: number, out: Float64Array, at: number, sign = 1): void {
    const o = table.find(key);
    if (o < 0) return;
    for (let y = 0; y < this.L; y++) out[at + y] += sign * table.slots[o + y] * table.scale;
  }

  /** Fills the word's rows in the contribution arena. */
  private contribution(id: number, local: Int32Array | null, localN: number): void {
    const L = this.L;
    const out = this.contribArena;
    const slots = this.slotArena;
    const so = id * NS;
    const at = id * ROWS * L;
    out.fill(0, at, at + ROWS * L);
    if (this.keyBuf.length < localN + 64) this.keyBuf = new Int32Array(localN + 64);
    const k = this.keyBuf;
    // all keys first, then one pass that touches their slots (independent loads, so the cache misses
    // of a new word overlap), then the sums
    const ends = this.segEnds;
    let n = 0;
    for (let d = -2; d <= 2; d++) {
      if (d !== 0 || local) n = unigramKeysAt(slots, so, local, localN, d, k, n);
      ends[d + 2] = n;
    }
    this.touched += this.wordTable.touch(k, n);
    let from = 0;
    for (let d = 0; d < 5; d++) {
      this.addRows(this.wordTable, k, from, ends[d], out, at + d * L);
      from = ends[d];
    }
    if (local) {
      // the sentence-start × casing-statistics conjunction depends on the word and the position only
      const notFirst = key3(T_PAIR + 12, 0, slots[so + CAPR]);
      this.addKey(this.table, notFirst, out, at + 2 * L);
      this.addKey(this.table, key3(T_PAIR + 12, 1, slots[so + CAPR]), out, at + R_FIRST * L);
      this.addKey(this.table, notFirst, out, at + R_FIRST * L, -1);
    }
  }

  // Sums the int16 weights in integers and scales once.
  private addRows(
    table: WeightTable,
    keys: Int32Array,
    from: number,
    to: number,
    out: Float64Array,
    at: number,
  ): void {
    const L = this.L;
    const q = table.slots;
    const acc = this.acc;
    acc.fill(0);
    for (let j = from; j < to; j++) {
      const o = table.find(keys[j]);
      if (o < 0) continue;
      for (let y = 0; y < L; y++) acc[y] += q[o + y];
    }
    const sc = table.scale;
    for (let y = 0; y < L; y++) out[at + y] += acc[y] * sc;
  }

  private clearCaches(): void {
    this.words.clear();
    this.nextId = 2; // after <s> and </s>
    this.clearBigrams();
    this.bos.runAfter = null;
  }

  /** Word ids stay valid: only the pairs' sums go. */
  private clearBigrams(): void {
    this.bg.fill(0);
    this.bigrams = 0;
  }

  word(w: string): WordScore {
    let e = this.words.get(w);
    if (!e) {
      const id = this.newId();
      const a = this.attrs;
      wordAttrs(w, this.cfg, this.res, this.slotArena, id * NS, a);
      e = this.make(id, a.buf, a.n, UPPER_START.test(w), w.toLowerCase());
      this.words.set(w, e);
    }
    return e;
  }

  private growBigrams(): void {
    const old = this.bg;
    const cap = (old.length >> 2) * 2;
    const bg = new Int32Array(cap * 4);
    const mask = cap - 1;
    for (let i = 0; i < old.length; i += 4) {
      if (old[i] === 0) continue;
      let h = fmix(Math.imul(old[i], 0x9e3779b1) ^ old[i + 1]) & mask;
      while (bg[h * 4] !== 0) h = (h + 1) & mask;
      bg.set(old.subarray(i, i + 4), h * 4);
    }
    this.bg = bg;
    this.bgMask = mask;
  }

  /** Offset in the arena of the bigram's sums: [0, L) at b's position, [L, 2L) at a's position. */
  private bigram(a: WordScore, b: WordScore): number {
    const ka = a.id + 1;
    const kb = b.id;
    const bg = this.bg;
    let h = fmix(Math.imul(ka, 0x9e3779b1) ^ kb) & this.bgMask;
    for (;;) {
      const x = bg[h * 4];
      if (x === ka && bg[h * 4 + 1] === kb) return bg[h * 4 + 2];
      if (x === 0) break;
      h = (h + 1) & this.bgMask;
    }
    const L = this.L;
    const L2 = 2 * L;
    const o = this.bigrams * L2;
    if (this.arena.length < o + L2) {
      const grown = new Float64Array(this.arena.length * 2);
      grown.set(this.arena);
      this.arena = grown;
    }
    const ar = this.arena;
    ar.fill(0, o, o + L2);
    const S = this.slotArena;
    const sa = a.id * NS;
    const sb = b.id * NS;
    const k = this.keyBuf;
    // at b: conjunctions with the previous word a
    k[0] = key3(T_PAIR, S[sa + LW], S[sb + LW]);
    k[1] = key3(T_PAIR + 2, S[sa + SHAPE], S[sb + SHAPE]);
    k[2] = key3(T_PAIR + 10, S[sa + LW], S[sb + CAP]);
    k[3] = key3(T_PAIR + 13, S[sa + LW], S[sb + CLB]);
    // at a: conjunctions with the next word b
    k[4] = key3(T_PAIR + 1, S[sa + LW], S[sb + LW]);
    k[5] = key3(T_PAIR + 3, S[sa + SHAPE], S[sb + SHAPE]);
    k[6] = key3(T_PAIR + 11, S[sa + CAP], S[sb + LW]);
    k[7] = key3(T_PAIR + 14, S[sa + CLB], S[sb + LW]);
    this.touched += this.table.touch(k, 8);
    this.addRows(this.table, k, 0, 4, ar, o);
    this.addRows(this.table, k, 4, 8, ar, o + L);
    const nCap = this.nCap;
    const i4 = (a.ctx * nCap + b.cap) * L;
    const i76 = (a.cap * nCap + b.cap) * L2;
    const p89 = a.cla * this.nCla + b.cla;
    const i89 = p89 * L2;
    if (this.d89Done[p89] === 0) {
      const ca = this.claVals[a.cla];
      const cb = this.claVals[b.cla];
      this.addKey(this.table, key3(T_PAIR + 8, ca, cb), this.d89, i89);
      this.addKey(this.table, key3(T_PAIR + 9, ca, cb), this.d89, i89 + L);
      this.d89Done[p89] = 1;
    }
    const C = this.contribArena;
    const RL = ROWS * L;
    const ac = a.id * RL;
    const bc = b.id * RL;
    const { d4, d76, d89 } = this;
    for (let y = 0; y < L; y++) {
      ar[o + y] += d4[i4 + y] + d76[i76 + y] + d89[i89 + y] + C[ac + L + y] + C[bc + 2 * L + y];
      ar[o + L + y] += d76[i76 + L + y] + d89[i89 + L + y] + C[bc + 3 * L + y];
    }
    bg[h * 4] = ka;
    bg[h * 4 + 1] = kb;
    bg[h * 4 + 2] = o;
    this.bigrams++;
    if (this.bigrams * 2 > this.bgMask) this.growBigrams();
    return o;
  }

  /** Emission scores n × L. With reuse, the returned array is an internal buffer valid until the next call. */
  emissions(tokens: readonly string[], gaz: Gazetteer | undefined, reuse = false): Float64Array {
    const L = this.L;
    const n = tokens.length;
    // caches are only cleared between sentences, so offsets taken below stay valid. Pair types outgrow
    // word types by far (127k pairs for 25k words on the bench corpus): a full pair cache empties itself
    // alone, where it used to take the words with it and ~27k words were rebuilt per pass.
    if (this.words.size + n > this.limits.words) this.clearCaches();
    else if (this.bigrams + n + 1 > this.limits.bigrams) this.clearBigrams();
    const ws = this.ws;
    for (let i = 0; i < n; i++) ws[i] = this.word(tokens[i]);
    let emit: Float64Array;
    if (reuse) {
      if (this.emitBuf.length < n * L) this.emitBuf = new Float64Array(n * L * 2);
      emit = this.emitBuf;
    } else emit = new Float64Array(n * L);
    if (n === 0) return emit;
    const { bos, eos, d5, d15, nCap } = this;
    const C = this.contribArena; // no word is created below, so the arena stays in place
    const RL = ROWS * L;
    let left = this.bigram(bos, ws[0]);
    for (let i = 0; i < n; i++) {
      const w = ws[i];
      const prev = i > 0 ? ws[i - 1] : bos;
      const next = i + 1 < n ? ws[i + 1] : eos;
      const w2 = i > 1 ? ws[i - 2] : bos;
      const m2 = w2.id * RL + R_M2 * L;
      const p2 = (i + 2 < n ? ws[i + 2] : eos).id * RL + R_P2 * L;
      const right = this.bigram(w, next);
      const ar = this.arena;
      const r = right + L;
      const i5 = (w2.ctx * nCap + w.cap) * L;
      const i15 = (prev.cap * nCap + next.cap) * L;
      const base = i * L;
      for (let y = 0; y < L; y++) {
        emit[base + y] = ar[left + y] + ar[r + y] + C[m2 + y] + C[p2 + y] + d5[i5 + y] + d15[i15 + y];
      }
      left = right;
    }
    const c0 = ws[0].id * RL + R_FIRST * L;
    for (let y = 0; y < L; y++) emit[y] += C[c0 + y];
    if (this.cfg.useRuns) this.runs(n, emit);
    if (gaz && this.cfg.useGazetteer) {
      const gtags = gazetteerTags(tokens, gaz);
      for (let i = 0; i < n; i++) {
        const s0 = this.slotArena.subarray(ws[i].id * NS, ws[i].id * NS + NS);
        const k = gazetteerKeys(gtags, i, s0, this.keyBuf, 0);
        this.addRows(this.table, this.keyBuf, 0, k, emit, i * L);
      }
    }
    return emit;
  }

  /** Features of the capitalised runs (see capitalRuns in features.ts). */
  private runs(n: number, emit: Float64Array): void {
    const L = this.L;
    const ws = this.ws;
    const { table, run1 } = this;
    const q = table.slots;
    const sc = table.scale;
    let i = 0;
    while (i < n) {
      if (!ws[i].upper) {
        i++;
        continue;
      }
      let j = i;
      while (j < n && ws[j].upper) j++;
      const len = j - i;
      const lenB = Math.min(len, 4);
      const before = i > 0 ? ws[i - 1] : this.bos;
      if (before.runAfter === null) before.runAfter = new Int32Array(32).fill(-2);
      const ra = before.runAfter;
      const first = i === 0 ? 1 : 0;
      for (let t = i; t < j; t++) {
        const pos = len === 1 ? 0 : t === i ? 1 : t === j - 1 ? 2 : 3;
        const c = runShape(pos, lenB, first);
        let o = ra[c];
        if (o === -2) {
          const h = fmix(fnv(this.runPrefix[c], before.lower, 0, before.lower.length));
          o = ra[c] = table.find(key2(T_RUN + 1, h));
        }
        const base = t * L;
        const r1 = c * L;
        if (o >= 0) for (let y = 0; y < L; y++) emit[base + y] += run1[r1 + y] + q[o + y] * sc;
        else for (let y = 0; y < L; y++) emit[base + y] += run1[r1 + y];
      }
      i = j;
    }
  }
}
