// 32-bit hashing for feature keys. Features are never stored as strings: an attribute string is hashed once
// per word type (cached), and a feature key mixes a template id with one or two attribute hashes.

export const FNV_OFFSET = 0x811c9dc5 | 0;

/** FNV-1a over UTF-16 code units, then a murmur3 finaliser for better low bits. */
export function hashString(s: string): number {
  return fmix(fnv(FNV_OFFSET, s, 0, s.length));
}

/**
 * The FNV-1a state after feeding s[from, to) to state h: hashString(a + b) is
 * fmix(fnv(fnv(FNV_OFFSET, a, 0, a.length), b, 0, b.length)), without building a + b.
 */
export function fnv(h: number, s: string, from: number, to: number): number {
  let x = h;
  for (let i = from; i < to; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 0x01000193);
  }
  return x;
}

export function fmix(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Key of (template, a): never 0, since 0 marks an empty slot in the weight table. */
export function key2(template: number, a: number): number {
  const h = fmix(Math.imul(template + 1, 0x9e3779b1) ^ a);
  return h === 0 ? 1 : h;
}

/** Key of (template, a, b) for conjunction features. */
export function key3(template: number, a: number, b: number): number {
  const h = fmix(Math.imul(fmix(Math.imul(template + 1, 0x9e3779b1) ^ a), 0x27d4eb2f) ^ b);
  return h === 0 ? 1 : h;
}

/** Open-addressing table from feature key (non-zero int32) to a dense row index; -1 when absent. */
export class KeyTable {
  readonly keys: Int32Array;
  readonly rows: Int32Array;
  private readonly mask: number;

  constructor(keys: ArrayLike<number>) {
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.keys = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
    for (let r = 0; r < keys.length; r++) {
      let i = keys[r] & this.mask;
      while (this.keys[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = keys[r];
      this.rows[i] = r;
    }
  }

  // keys are already murmur-finalised hashes, so their low bits index the table directly
  get(key: number): number {
    let i = key & this.mask;
    for (;;) {
      const k = this.keys[i];
      if (k === key) return this.rows[i];
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }
}

/**
 * Feature key → weights, interleaved and compact: each slot is 8 int16 — a 16-bit fingerprint of the key
 * (its high bits; the low bits are the slot index) and L ≤ 7 weights quantised with one scale — so a
 * lookup touches one 16-byte slot and the whole table is half the size of float weights plus keys.
 * Linear probing; fingerprint 0 marks an empty slot. A miss can match a stored fingerprint only when
 * both the probed index and the 16 high bits agree (about 1 in 65,536 probes): a negligible error.
 */
export class WeightTable {
  readonly slots: Int16Array;
  readonly scale: number;
  readonly stride = 8;
  private readonly mask: number;

  constructor(keys: ArrayLike<number>, weights: ArrayLike<number>, L: number) {
    if (L > 7) throw new Error('WeightTable holds at most 7 labels');
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int16Array(cap * 8);
    let max = 0;
    for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]));
    this.scale = max > 0 ? max / 32767 : 1;
    for (let r = 0; r < keys.length; r++) {
      const fp = fingerprint(keys[r]);
      let i = keys[r] & this.mask;
      while (this.slots[i * 8] !== 0) i = (i + 1) & this.mask;
      const o = i * 8;
      this.slots[o] = fp;
      for (let y = 0; y < L; y++) this.slots[o + 1 + y] = Math.round(weights[r * L + y] / this.scale);
    }
  }

  /** Reads the home slot of each key (a software prefetch: the loads are independent). */
  touch(keys: Int32Array, n: number): number {
    let x = 0;
    for (let j = 0; j < n; j++) x ^= this.slots[(keys[j] & this.mask) * 8];
    return x & 1;
  }

  /** Offset of the key's first weight in `slots` (multiply by `scale`), or -1 when the key is absent. */
  find(key: number): number {
    const fp = fingerprint(key);
    let i = key & this.mask;
    for (;;) {
      const f = this.slots[i * 8];
      if (f === fp) return i * 8 + 1;
      if (f === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }
}

function fingerprint(key: number): number {
  const f = key >> 16; // signed 16-bit
  return f === 0 ? 1 : f;
}
