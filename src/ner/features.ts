// Feature extraction for the NER tagger. Word-level attributes (shape, casing, affixes, lemma, clusters,
// context class) depend only on the word string, so they are computed once per word type and cached; a
// sentence's features are then template ids mixed with the cached attribute hashes of the token and its
// neighbours, written into one flat Int32Array of keys (no strings per token at tagging time).
import * as hash from './hash.js';

// Module-local copies: some loaders (tsx) compile imports to getter calls, which hot code should not pay.
const { FNV_OFFSET, fmix, fnv, hashString, key2, key3 } = hash;

/** What the model ships about words, learned at training time (clusters, casing statistics, lemmas). */
export interface LexEntry {
  /** Cluster ids at several granularities, e.g. ["a12", "b201"] (coarse first). */
  clusters: string[];
  /** Lemma from the lemma lookup when it differs from the word. */
  lemma?: string;
  /** How often the word is capitalised inside a sentence in unlabeled text: 0..4 bucket, -1 unknown. */
  capBucket: number;
}

export interface FeatureConfig {
  /** Feature-set id written into the model file; bump when templates change. */
  id: string;
  useClusters: boolean;
  useLemma: boolean;
  useCapStats: boolean;
  useContext: boolean;
  useGazetteer: boolean;
  /** Features of the run of capitalised tokens a token belongs to (position, length, word before it). */
  useRuns?: boolean;
}

export interface FeatureResources {
  lex: Map<string, LexEntry>;
  /** lowercase word → class such as PER_TITLE, ORG_CUE (from src/lang/id/ner-context.tsv). */
  context: Map<string, string>;
}

/** Lowercase token sequences (joined by single spaces) → type (PER, ORG, LOC or any label). */
export type Gazetteer = ReadonlyMap<string, string> | ReadonlySet<string>;

// Slots: attributes of a word that neighbouring positions also look at.
export const LW = 0;
export const SHAPE = 1;
export const CLA = 2;
export const CLB = 3;
export const CTX = 4;
export const CAP = 5;
export const SUF3 = 6;
export const CAPR = 7;
export const NSLOT = 8;

export interface WordFeats {
  slots: Int32Array;
  /** Hashes of attributes used only at the word's own position. */
  local: Int32Array;
}

export const T_BIAS = 1;
export const T_LOCAL = 2;
export const T_WINDOW = 10; // + (d + 2) * NSLOT + slot, d in -2..2
export const T_PAIR = 60;
export const T_GAZ = 90;
export const T_RUN = 100;

const BOS = hashString('<s>');
const EOS = hashString('</s>');
const BOS_SLOTS = new Int32Array(NSLOT).fill(BOS);
const EOS_SLOTS = new Int32Array(NSLOT).fill(EOS);
export const NONE = hashString('-');
export { BOS, EOS };

const PUNCT_RE = /^[\p{P}\p{S}]+$/u;

export function shape(word: string, collapse: boolean): string {
  let out = '';
  let prev = '';
  for (const ch of word) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (collapse && c === prev) continue;
    out += c;
    prev = c;
    if (out.length >= 12) break;
  }
  return out;
}

/** Every value casing() returns. */
export const CASING_CLASSES = [
  'punct',
  'num',
  'lowdig',
  'lower',
  'init1',
  'allcap',
  'init',
  'camel',
  'mixed',
];

export function casing(word: string): string {
  if (isAscii(word)) return casingAscii(word);
  if (PUNCT_RE.test(word)) return 'punct';
  if (/^\d+([.,]\d+)*$/.test(word)) return 'num';
  const hasUpper = word.toLowerCase() !== word;
  const hasLower = word.toUpperCase() !== word;
  if (!hasUpper) return /\d/.test(word) ? 'lowdig' : 'lower';
  if (!hasLower) return word.length === 1 ? 'init1' : 'allcap';
  const first = word[0];
  const restLower = word.slice(1).toLowerCase() === word.slice(1);
  if (first.toUpperCase() === first && first.toLowerCase() !== first) return restLower ? 'init' : 'camel';
  return 'mixed';
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

const isUpperA = (c: number) => c >= 65 && c <= 90;
const isLowerA = (c: number) => c >= 97 && c <= 122;
const isDigitA = (c: number) => c >= 48 && c <= 57;
/** ASCII punctuation and symbols (all of them are \p{P} or \p{S}). */
const isPunctA = (c: number) =>
  (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);

/** casing() of an ASCII word, by character codes (the same classes, no case-mapped copies). */
function casingAscii(word: string): string {
  const n = word.length;
  let punct = n > 0;
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (!isPunctA(c)) punct = false;
    if (isUpperA(c)) upper++;
    else if (isLowerA(c)) lower++;
    else if (isDigitA(c)) digit++;
  }
  if (punct) return 'punct';
  if (digit > 0 && upper === 0 && lower === 0 && /^\d+([.,]\d+)*$/.test(word)) return 'num';
  if (upper === 0) return digit > 0 ? 'lowdig' : 'lower';
  if (lower === 0) return n === 1 ? 'init1' : 'allcap';
  if (isUpperA(word.charCodeAt(0))) return upper === 1 ? 'init' : 'camel';
  return 'mixed';
}

/**
 * [hashString(shape(word, true)), hash of `ls=${shape(word, false)}`]; for ASCII words without building
 * either string.
 */
export function shapeHashes(word: string): [number, number] {
  if (!isAscii(word)) return [hashString(shape(word, true)), hashOn(S_LS, shape(word, false))];
  let hc = FNV_OFFSET;
  let nc = 0;
  let prev = -1;
  let hl = S_LS;
  let nl = 0;
  for (let i = 0; i < word.length && (nc < 12 || nl < 12); i++) {
    const ch = word.charCodeAt(i);
    const c = isDigitA(ch) ? 100 : isUpperA(ch) ? 88 : isLowerA(ch) ? 120 : ch; // d X x
    if (nl < 12) {
      hl = Math.imul(hl ^ c, 0x01000193);
      nl++;
    }
    if (nc < 12 && c !== prev) {
      hc = Math.imul(hc ^ c, 0x01000193);
      nc++;
      prev = c;
    }
  }
  return [fmix(hc), fmix(hl)];
}

// Indonesian derivational affixes: the prefix/suffix classes a word carries (verbs like di-/me-…-kan are
// rarely names; -nya often attaches to names' heads in possessives).
const PREFIXES: [string, string][] = [
  ['meng', 'me'],
  ['meny', 'me'],
  ['mem', 'me'],
  ['men', 'me'],
  ['me', 'me'],
  ['di', 'di'],
  ['ke', 'ke'],
  ['ber', 'ber'],
  ['ter', 'ter'],
  ['peng', 'pe'],
  ['peny', 'pe'],
  ['pem', 'pe'],
  ['pen', 'pe'],
  ['per', 'pe'],
  ['pe', 'pe'],
  ['se', 'se'],
];
const SUFFIXES = ['nya', 'kan', 'lah', 'kah', 'pun', 'an', 'i'];

// Attribute hashes are built without building the attribute strings: hashString(`p2=${x}`) is the FNV
// state after 'p2=' continued over x (see fnv in hash.ts), so a new word allocates no attribute string.
function state(prefix: string): number {
  return fnv(FNV_OFFSET, prefix, 0, prefix.length);
}
function hashOn(st: number, s: string, from = 0, to = s.length): number {
  return fmix(fnv(st, s, from, to));
}
const S_W = state('w=');
const S_LS = state('ls=');
const S_PRE = [0, 1, 2, 3, 4].map((k) => state(`p${k}=`));
const S_SUF = [0, 1, 2, 3, 4].map((k) => state(`s${k}=`));
const S_HP = state('hp=');
const S_LEM = state('lem=');
const S_AFF = state('aff=');
const S_CL = state('cl=');
const S_CTX = state('ctx=');
const S_PREFIX = state('pre=');
const S_SUFFIX = state('suf=');
const S_CIRC = state('circ=');
const H_GLUED_OPEN = hashString('glued=open');
const H_GLUED_CLOSE = hashString('glued=close');
const H_HYPH = hashString('hyph');
const H_HASDIGIT = hashString('hasdigit');
const H_HASDOT = hashString('hasdot');
const H_AFF_UNKNOWN = hashString('aff=?');
const H_LEN = new Map([0, 1, 2, 3, 4, 6, 9, 10].map((b) => [b, hashString(`len=${b}`)]));
const H_SUF2 = new Map(['kan', 'an', 'i'].map((x) => [x, hashString(`suf2=${x}nya`)]));
const H_CASING = new Map(CASING_CLASSES.map((c) => [c, hashString(c)]));

/** A growable list of attribute hashes, reused from word to word (no allocation per word). */
export class AttrBuf {
  buf = new Int32Array(64);
  n = 0;

  push(h: number): void {
    if (this.n === this.buf.length) {
      const b = new Int32Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.n++] = h;
  }
}

/** Appends the hashes of the affix attributes (pre=, suf=, circ=, suf2=) of a lowercase word. */
function affixAttrs(lw: string, out: AttrBuf): void {
  if (lw.length < 5 || !/^[a-z-]+$/.test(lw)) return;
  let pre = '';
  for (const [p, cls] of PREFIXES) {
    if (lw.startsWith(p)) {
      pre = cls;
      break;
    }
  }
  let suf = '';
  for (const s of SUFFIXES) {
    if (lw.endsWith(s) && lw.length - s.length >= 3) {
      suf = s;
      break;
    }
  }
  if (pre) out.push(hashOn(S_PREFIX, pre));
  if (suf) out.push(hashOn(S_SUFFIX, suf));
  if (pre && suf) out.push(hashOn(fnv(fnv(S_CIRC, pre, 0, pre.length), '-', 0, 1), suf));
  if (lw.endsWith('nya') && lw.length > 5) {
    const inner = lw.slice(0, -3);
    for (const s of ['kan', 'an', 'i']) if (inner.endsWith(s)) out.push(H_SUF2.get(s) as number);
  }
}

// Brackets and quotes glued to a word ("(BPH", "Migas)") are looked through for the word's attributes.
const GLUED = /^([(["'“‘]+)?(.*?)([)\]"'”’,;:]+)?$/u;

export function wordFeats(raw: string, cfg: FeatureConfig, res: FeatureResources): WordFeats {
  const slots = new Int32Array(NSLOT);
  const local = new AttrBuf();
  wordAttrs(raw, cfg, res, slots, 0, local);
  return { slots, local: local.buf.slice(0, local.n) };
}

/**
 * wordFeats() into caller-owned storage: the slots go to slots[at .. at + NSLOT), the local attribute
 * hashes replace the contents of `local`.
 */
export function wordAttrs(
  raw: string,
  cfg: FeatureConfig,
  res: FeatureResources,
  slots: Int32Array,
  at: number,
  local: AttrBuf,
): void {
  const g = raw.length > 1 ? GLUED.exec(raw) : null;
  const word = g?.[2] && (g[1] || g[3]) ? g[2] : raw;
  const lw = word.toLowerCase();
  const norm = lw.replace(/\d/g, '0');
  const cap = casing(word);
  const lex = res.lex.get(lw);
  const ctx = cfg.useContext ? res.context.get(lw.endsWith('.') ? lw.slice(0, -1) : lw) : undefined;
  slots[at + LW] = hashString(norm);
  const [shapeShort, shapeLong] = shapeHashes(word);
  slots[at + SHAPE] = shapeShort;
  slots[at + CLA] = cfg.useClusters && lex && lex.clusters.length > 0 ? hashString(lex.clusters[0]) : NONE;
  slots[at + CLB] = cfg.useClusters && lex && lex.clusters.length > 1 ? hashString(lex.clusters[1]) : NONE;
  slots[at + CTX] = ctx ? hashString(ctx) : NONE;
  slots[at + CAP] = H_CASING.get(cap) ?? hashString(cap);
  slots[at + SUF3] = lw.length > 3 ? hashOn(FNV_OFFSET, lw, lw.length - 3) : hashString(lw);
  const capBucket = cfg.useCapStats && lex ? lex.capBucket : -1;
  slots[at + CAPR] = hashString(`${cap}:${capBucket}`);

  const attrs = local;
  attrs.n = 0;
  attrs.push(hashOn(S_W, word));
  attrs.push(shapeLong);
  if (word !== raw) attrs.push(g?.[1] ? H_GLUED_OPEN : H_GLUED_CLOSE);
  const ll = lw.length;
  for (let k = 1; k <= 4 && k <= ll; k++) {
    attrs.push(hashOn(S_PRE[k], lw, 0, k));
    attrs.push(hashOn(S_SUF[k], lw, ll - k));
  }
  const n = word.length;
  attrs.push(H_LEN.get(n <= 4 ? n : n <= 6 ? 6 : n <= 9 ? 9 : 10) as number);
  if (word.includes('-')) {
    attrs.push(H_HYPH);
    for (const part of lw.split('-')) if (part) attrs.push(hashOn(S_HP, part));
  }
  if (/\d/.test(word)) attrs.push(H_HASDIGIT);
  if (word.includes('.')) attrs.push(H_HASDOT);
  affixAttrs(lw, attrs);
  if (cfg.useLemma && lex?.lemma) {
    const lem = lex.lemma;
    attrs.push(hashOn(S_LEM, lem));
    const at = lw.indexOf(lem);
    attrs.push(at >= 0 ? hashOn(fnv(fnv(S_AFF, lw, 0, at), '+', 0, 1), lw, at + lem.length) : H_AFF_UNKNOWN);
  }
  if (cfg.useClusters && lex) for (const c of lex.clusters) attrs.push(hashOn(S_CL, c));
  if (ctx) attrs.push(hashOn(S_CTX, ctx));
}

/** Caches word features per word type; bounded so a long-running process does not grow without limit. */
export class FeatureExtractor {
  private cache = new Map<string, WordFeats>();
  private buf = new Int32Array(4096);

  constructor(
    readonly cfg: FeatureConfig,
    readonly res: FeatureResources,
  ) {}

  word(w: string): WordFeats {
    let f = this.cache.get(w);
    if (!f) {
      if (this.cache.size > 200_000) this.cache.clear();
      f = wordFeats(w, this.cfg, this.res);
      this.cache.set(w, f);
    }
    return f;
  }

  /** Only the keys that depend on more than one word (conjunctions, gazetteer, capitalised runs). */
  contextKeys(tokens: readonly string[], gaz?: Gazetteer): Int32Array {
    const n = tokens.length;
    const wf: WordFeats[] = tokens.map((t) => this.word(t));
    const gtags = gaz && this.cfg.useGazetteer ? gazetteerTags(tokens, gaz) : null;
    const runs = this.cfg.useRuns ? capitalRuns(tokens) : null;
    const slotAt = (i: number): Int32Array => (i < 0 ? BOS_SLOTS : i >= n ? EOS_SLOTS : wf[i].slots);
    const out = new Int32Array(n * (PAIR_KEYS + GAZ_KEYS + 2));
    let k = 0;
    for (let i = 0; i < n; i++) {
      const s0 = wf[i].slots;
      k = pairKeys(slotAt(i - 2), slotAt(i - 1), s0, slotAt(i + 1), i === 0, out, k);
      if (gtags) k = gazetteerKeys(gtags, i, s0, out, k);
      if (runs) k = runKeys(runs, i, out, k);
    }
    return out.slice(0, k);
  }

  /**
   * Feature keys of every position: keys[offsets[i] .. offsets[i+1]) belong to token i.
   * The returned keys array is a view on an internal buffer: use it before the next call.
   */
  extract(tokens: readonly string[], gaz?: Gazetteer): { keys: Int32Array; offsets: Int32Array } {
    const n = tokens.length;
    const wf: WordFeats[] = new Array(n);
    for (let i = 0; i < n; i++) wf[i] = this.word(tokens[i]);
    const gtags = gaz && this.cfg.useGazetteer ? gazetteerTags(tokens, gaz) : null;
    const runs = this.cfg.useRuns ? capitalRuns(tokens) : null;
    const slotAt = (i: number): Int32Array => (i < 0 ? BOS_SLOTS : i >= n ? EOS_SLOTS : wf[i].slots);
    const offsets = new Int32Array(n + 1);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const need = k + wf[i].local.length + 64;
      if (need > this.buf.length) {
        const nb = new Int32Array(Math.max(need, this.buf.length * 2));
        nb.set(this.buf.subarray(0, k));
        this.buf = nb;
      }
      const b = this.buf;
      offsets[i] = k;
      k = unigramKeys(wf[i].slots, wf[i].local, 0, b, k);
      const s0 = wf[i].slots;
      const sm1 = slotAt(i - 1);
      const sm2 = slotAt(i - 2);
      const sp1 = slotAt(i + 1);
      k = unigramKeys(sm2, null, -2, b, k);
      k = unigramKeys(sm1, null, -1, b, k);
      k = unigramKeys(sp1, null, 1, b, k);
      k = unigramKeys(slotAt(i + 2), null, 2, b, k);
      k = pairKeys(sm2, sm1, s0, sp1, i === 0, b, k);
      if (gtags) k = gazetteerKeys(gtags, i, s0, b, k);
      if (runs) k = runKeys(runs, i, b, k);
    }
    offsets[n] = k;
    return { keys: this.buf, offsets };
  }
}

/**
 * Keys contributed by one word seen at offset d from the scored position (d = 0: the word itself, with
 * the bias and its local attributes). They depend on the word alone, which lets the tagger precompute
 * each word type's score contribution per offset. Returns the new write index.
 */
export function unigramKeys(
  slots: Int32Array,
  local: Int32Array | null,
  d: number,
  out: Int32Array,
  k: number,
): number {
  return unigramKeysAt(slots, 0, local, local ? local.length : 0, d, out, k);
}

/** unigramKeys() for slots at slots[at ..] and the first localN hashes of local. */
export function unigramKeysAt(
  slots: Int32Array,
  at: number,
  local: Int32Array | null,
  localN: number,
  d: number,
  out: Int32Array,
  k: number,
): number {
  if (d === 0) {
    out[k++] = key2(T_BIAS, 0);
    if (local) for (let j = 0; j < localN; j++) out[k++] = key2(T_LOCAL, local[j]);
  }
  const base = T_WINDOW + (d + 2) * NSLOT;
  for (let slot = 0; slot < NSLOT; slot++) {
    // SUF3 only in the immediate window; the rest everywhere
    if (slot === SUF3 && (d === -2 || d === 2)) continue;
    out[k++] = key2(base + slot, slots[at + slot]);
  }
  return k;
}

/** Conjunctions of neighbouring attributes (these cannot be precomputed per word). */
export function pairKeys(
  sm2: Int32Array,
  sm1: Int32Array,
  s0: Int32Array,
  sp1: Int32Array,
  first: boolean,
  b: Int32Array,
  k: number,
): number {
  b[k++] = key3(T_PAIR, sm1[LW], s0[LW]);
  b[k++] = key3(T_PAIR + 1, s0[LW], sp1[LW]);
  b[k++] = key3(T_PAIR + 2, sm1[SHAPE], s0[SHAPE]);
  b[k++] = key3(T_PAIR + 3, s0[SHAPE], sp1[SHAPE]);
  b[k++] = key3(T_PAIR + 4, sm1[CTX], s0[CAP]);
  b[k++] = key3(T_PAIR + 5, sm2[CTX], s0[CAP]);
  b[k++] = key3(T_PAIR + 6, s0[CAP], sp1[CAP]);
  b[k++] = key3(T_PAIR + 7, sm1[CAP], s0[CAP]);
  b[k++] = key3(T_PAIR + 8, sm1[CLA], s0[CLA]);
  b[k++] = key3(T_PAIR + 9, s0[CLA], sp1[CLA]);
  b[k++] = key3(T_PAIR + 10, sm1[LW], s0[CAP]);
  b[k++] = key3(T_PAIR + 11, s0[CAP], sp1[LW]);
  b[k++] = key3(T_PAIR + 12, first ? 1 : 0, s0[CAPR]);
  b[k++] = key3(T_PAIR + 13, sm1[LW], s0[CLB]);
  b[k++] = key3(T_PAIR + 14, s0[CLB], sp1[LW]);
  b[k++] = key3(T_PAIR + 15, sm1[CAP], sp1[CAP]);
  return k;
}

// The tagger (scorer.ts) splits these conjunctions by what they depend on (one word bigram, dense tables
// of low-cardinality attributes, three positions); keep it in step with pairKeys (tests compare the sums).

/** Gazetteer keys at one position, from the per-token gazetteer tags. */
export function gazetteerKeys(
  gtags: Int32Array,
  i: number,
  s0: Int32Array,
  b: Int32Array,
  k: number,
): number {
  const g = gtags[i];
  const gm1 = i > 0 ? gtags[i - 1] : NONE;
  const gp1 = i + 1 < gtags.length ? gtags[i + 1] : NONE;
  b[k++] = key2(T_GAZ, g);
  b[k++] = key3(T_GAZ + 1, g, s0[CAP]);
  b[k++] = key3(T_GAZ + 2, gm1, g);
  b[k++] = key3(T_GAZ + 3, g, gp1);
  return k;
}

const UPPER_START = /^\p{Lu}/u;

/**
 * Per token, two hashes describing the run of capitalised tokens it belongs to (a name like "Dewan
 * Perwakilan Rakyat" is one run): [position-in-run|run-length|starts-sentence, that + lowercase word before
 * the run]. Tokens outside runs get 0, which writes no feature.
 */
export function capitalRuns(tokens: readonly string[]): Int32Array {
  const n = tokens.length;
  const out = new Int32Array(2 * n);
  let i = 0;
  while (i < n) {
    if (!UPPER_START.test(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && UPPER_START.test(tokens[j])) j++;
    const len = j - i;
    const lenB = Math.min(len, 4);
    const before = i > 0 ? tokens[i - 1].toLowerCase() : '<s>';
    for (let t = i; t < j; t++) {
      const pos = len === 1 ? 'S' : t === i ? 'B' : t === j - 1 ? 'E' : 'I';
      const f = `${pos}${lenB}${i === 0 ? 'f' : ''}`;
      out[2 * t] = hashString(f);
      out[2 * t + 1] = hashString(`${f}|${before}`);
    }
    i = j;
  }
  return out;
}

export function runKeys(runs: Int32Array, i: number, b: Int32Array, k: number): number {
  if (runs[2 * i] === 0) return k;
  b[k++] = key2(T_RUN, runs[2 * i]);
  b[k++] = key2(T_RUN + 1, runs[2 * i + 1]);
  return k;
}

export { BOS_SLOTS, EOS_SLOTS };
export const PAIR_KEYS = 16;
export const GAZ_KEYS = 4;

/** Longest-match gazetteer lookup over lowercased tokens: per token a hash of "B-TYPE"/"I-TYPE" or of "-". */
export function gazetteerTags(tokens: readonly string[], gaz: Gazetteer, maxLen = 6): Int32Array {
  const n = tokens.length;
  const out = new Int32Array(n).fill(NONE);
  const lower = tokens.map((t) => t.toLowerCase());
  const typed = gaz instanceof Map;
  let i = 0;
  while (i < n) {
    let matched = 0;
    let type = '';
    let phrase = '';
    const parts: string[] = [];
    for (let L = 1; L <= maxLen && i + L <= n; L++) {
      parts.push(lower[i + L - 1]);
      phrase = parts.join(' ');
      if (gaz.has(phrase)) {
        matched = L;
        type = typed ? ((gaz as ReadonlyMap<string, string>).get(phrase) ?? 'ANY') : 'ANY';
      }
    }
    // a single lowercase common word matching a gazetteer entry is noise ("batu", "bulan")
    if (matched === 1 && tokens[i] === lower[i]) matched = 0;
    if (matched > 0) {
      out[i] = hashString(`B-${type}`);
      for (let j = 1; j < matched; j++) out[i + j] = hashString(`I-${type}`);
      i += matched;
    } else i++;
  }
  return out;
}
