// The NER model: its file format (gzip JSON, versioned), loading (cached per path) and tagging.
// Everything tagging needs is inside the file (weights, word clusters, lemmas, casing statistics, context
// word classes, optional gazetteer), so the runtime does not depend on the training data being present.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { compileLattice, iob2Allowed, type Lattice, viterbiLattice } from './decode.js';
import { type FeatureConfig, FeatureExtractor, type Gazetteer, type LexEntry } from './features.js';
import { WeightTable } from './hash.js';
import { Scorer } from './scorer.js';

export const MODEL_FORMAT = 'warta-ner';
export const MODEL_VERSION = 1;

/** What the trainer produces and the file stores. */
export interface NerModelData {
  format: typeof MODEL_FORMAT;
  version: number;
  featureSet: string;
  config: FeatureConfig;
  labels: string[];
  /** Training provenance and dev scores (informational). */
  meta: Record<string, unknown>;
  context: [string, string][];
  lex: { words: string[]; clusters: string[][]; lemmas: (string | null)[]; cap: number[] };
  gazetteer: [string, string][] | null;
  keys: Int32Array;
  /** rows × labels, row-major. */
  weights: Float32Array;
  /** (labels + 1) × labels; the last row scores the sentence start. */
  trans: Float32Array;
  /**
   * When set, keys[0 .. hotKeys) are the keys looked up at every token (conjunctions of neighbours) and
   * the rest are per-word keys, used only when a word is first seen; they go in separate tables so the
   * hot one stays small enough for the CPU cache.
   */
  hotKeys?: number;
}

export interface NerModel {
  readonly data: NerModelData;
  readonly labels: readonly string[];
  readonly extractor: FeatureExtractor;
  /** Per-token (conjunction) keys. */
  readonly table: WeightTable;
  /** Per-word keys (the same table as `table` when the file does not split them). */
  readonly wordTable: WeightTable;
  readonly trans: Float32Array;
  readonly allowed: Uint8Array;
  /** The gazetteer the model was trained with (used when the caller passes none). */
  readonly gazetteer: Gazetteer | null;
}

export function lexFromData(lex: NerModelData['lex']): Map<string, LexEntry> {
  const m = new Map<string, LexEntry>();
  for (let i = 0; i < lex.words.length; i++) {
    const e: LexEntry = { clusters: lex.clusters[i] ?? [], capBucket: lex.cap[i] ?? -1 };
    const lem = lex.lemmas[i];
    if (lem) e.lemma = lem;
    m.set(lex.words[i], e);
  }
  return m;
}

function tables(data: NerModelData): { table: WeightTable; wordTable: WeightTable } {
  const L = data.labels.length;
  const h = data.hotKeys;
  if (h === undefined) {
    const t = new WeightTable(data.keys, data.weights, L);
    return { table: t, wordTable: t };
  }
  return {
    table: new WeightTable(data.keys.subarray(0, h), data.weights.subarray(0, h * L), L),
    wordTable: new WeightTable(data.keys.subarray(h), data.weights.subarray(h * L), L),
  };
}

export function buildModel(data: NerModelData): NerModel {
  const extractor = new FeatureExtractor(data.config, {
    lex: lexFromData(data.lex),
    context: new Map(data.context),
  });
  return {
    data,
    labels: data.labels,
    extractor,
    ...tables(data),
    trans: data.trans,
    allowed: iob2Allowed(data.labels),
    gazetteer: data.gazetteer ? new Map(data.gazetteer) : null,
  };
}

// Weights are stored as int16 with one scale: a quarter of the size of float32, no measurable F1 loss.
function quantize(w: Float32Array): { scale: number; q: string } {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i] / scale);
  return { scale, q: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64') };
}

function dequantize(scale: number, b64: string): Float32Array {
  const buf = Buffer.from(b64, 'base64');
  const q = new Int16Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  const w = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) w[i] = q[i] * scale;
  return w;
}

export function serializeModel(data: NerModelData): Buffer {
  const { keys, weights, trans, ...rest } = data;
  const qw = quantize(weights);
  const json = JSON.stringify({
    ...rest,
    keys: Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength).toString('base64'),
    weightScale: qw.scale,
    weights: qw.q,
    trans: Array.from(trans),
  });
  return gzipSync(json, { level: 9 });
}

export function deserializeModel(buf: Buffer, source: string): NerModelData {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(gunzipSync(buf).toString('utf8'));
  } catch (e) {
    throw new Error(`${source}: not a gzip JSON NER model (${(e as Error).message})`);
  }
  if (raw.format !== MODEL_FORMAT) throw new Error(`${source}: not a ${MODEL_FORMAT} model file`);
  if (raw.version !== MODEL_VERSION) {
    throw new Error(`${source}: model version ${raw.version}, this code reads version ${MODEL_VERSION}`);
  }
  const kb = Buffer.from(raw.keys as string, 'base64');
  const keys = new Int32Array(kb.buffer.slice(kb.byteOffset, kb.byteOffset + kb.byteLength));
  return {
    ...(raw as unknown as NerModelData),
    keys,
    weights: dequantize(raw.weightScale as number, raw.weights as string),
    trans: Float32Array.from(raw.trans as number[]),
  };
}

const here = dirname(fileURLToPath(import.meta.url));
/** src/ner/ and dist/ner/ are both two levels below the package root, where models/ lives. */
export const DEFAULT_MODEL_PATH = resolve(here, '..', '..', 'models', 'ner-id.json.gz');

const cache = new Map<string, NerModel>();

/** Load (once per path) the NER model; defaults to the model shipped in models/. */
export function loadNerModel(path: string = DEFAULT_MODEL_PATH): NerModel {
  const abs = resolve(path);
  let m = cache.get(abs);
  if (!m) {
    let buf: Buffer;
    try {
      buf = readFileSync(abs);
    } catch (e) {
      throw new Error(`cannot read NER model ${abs}: ${(e as Error).message}`);
    }
    m = buildModel(deserializeModel(buf, abs));
    cache.set(abs, m);
  }
  return m;
}

const scorers = new WeakMap<NerModel, Scorer>();
const lattices = new WeakMap<NerModel, Lattice>();

function lattice(model: NerModel): Lattice {
  let lat = lattices.get(model);
  if (!lat) {
    lat = compileLattice(model.trans, model.allowed, model.labels.length);
    lattices.set(model, lat);
  }
  return lat;
}

function scorer(model: NerModel): Scorer {
  let sc = scorers.get(model);
  if (!sc) {
    sc = new Scorer(
      model.extractor.cfg,
      model.extractor.res,
      model.table,
      model.wordTable,
      model.labels.length,
    );
    scorers.set(model, sc);
  }
  return sc;
}

/** Emission scores n × L for a sentence (a fresh array). */
export function emissions(model: NerModel, tokens: readonly string[], gaz?: Gazetteer | null): Float64Array {
  return scorer(model).emissions(tokens, gaz ?? model.gazetteer ?? undefined);
}

/** Reference implementation over the full key list (what training scores); used to check the fast path. */
export function emissionsSlow(
  model: NerModel,
  tokens: readonly string[],
  gaz?: Gazetteer | null,
): Float64Array {
  const L = model.labels.length;
  const n = tokens.length;
  const { keys, offsets } = model.extractor.extract(tokens, gaz ?? model.gazetteer ?? undefined);
  const emit = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      for (const t of model.table === model.wordTable ? [model.table] : [model.table, model.wordTable]) {
        const o = t.find(keys[k]);
        if (o < 0) continue;
        for (let y = 0; y < L; y++) emit[base + y] += t.slots[o + y] * t.scale;
        break;
      }
    }
  }
  return emit;
}

export interface TagOptions {
  /** Override the model's own gazetteer (only used when the model was trained with gazetteer features). */
  gazetteer?: Gazetteer | null;
}

const scratch = { score: new Float64Array(64 * 8), back: new Int32Array(64 * 8), out: new Int32Array(64) };

/** IOB2 tags for one sentence of plain word tokens (punctuation as separate tokens). */
export function tagTokens(model: NerModel, tokens: readonly string[], opts: TagOptions = {}): string[] {
  const tags: string[] = [];
  appendTags(model, tokens, tags, opts);
  return tags;
}

/** tagTokens(), its tags pushed onto `out`: a document's sentences go into one array without copies. */
export function appendTags(
  model: NerModel,
  tokens: readonly string[],
  out: string[],
  opts: TagOptions = {},
): void {
  const n = tokens.length;
  if (n === 0) return;
  const L = model.labels.length;
  const emit = scorer(model).emissions(tokens, opts.gazetteer ?? model.gazetteer ?? undefined, true);
  // each buffer grows on its own: a long sentence can outgrow `out` while `score` still fits
  if (scratch.score.length < n * L) {
    scratch.score = new Float64Array(n * L * 2);
    scratch.back = new Int32Array(n * L * 2);
  }
  if (scratch.out.length < n) scratch.out = new Int32Array(n * 2);
  const best = scratch.out;
  viterbiLattice(lattice(model), emit, n, best, scratch.score, scratch.back);
  for (let i = 0; i < n; i++) out.push(model.labels[best[i]]);
}
