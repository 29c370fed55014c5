// 32-bit hashing for feature keys. Features are never stored as strings: an attribute string is hashed once
// per word type (cached), and a feature key mixes a template id with one or two attribute hashes.

/** FNV-1a over UTF-16 code units, then a murmur3 finaliser for better low bits. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
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
 * Feature key → weights, interleaved: each slot is [key, w_0 … w_{L-1}] in one buffer (32 bytes for 7
 * labels), so a lookup touches one cache line instead of a key table, a row table and a weight matrix.
 * Linear probing; key 0 marks an empty slot.
 */
export class WeightTable {
  readonly ints: Int32Array;
  readonly floats: Float32Array;
  readonly stride: number;
  private readonly mask: number;

  constructor(keys: ArrayLike<number>, weights: ArrayLike<number>, L: number) {
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.stride = L + 1;
    const buf = new ArrayBuffer(cap * this.stride * 4);
    this.ints = new Int32Array(buf);
    this.floats = new Float32Array(buf);
    this.mask = cap - 1;
    for (let r = 0; r < keys.length; r++) {
      let i = keys[r] & this.mask;
      while (this.ints[i * this.stride] !== 0) i = (i + 1) & this.mask;
      const o = i * this.stride;
      this.ints[o] = keys[r];
      for (let y = 0; y < L; y++) this.floats[o + 1 + y] = weights[r * L + y];
    }
  }

  /** Offset of the key's first weight in `floats`, or -1 when the key is absent. */
  find(key: number): number {
    const s = this.stride;
    let i = key & this.mask;
    for (;;) {
      const k = this.ints[i * s];
      if (k === key) return i * s + 1;
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }
}
