import { describe, expect, it } from 'vitest';
import { NER_TAGS } from '../../src/ner/conll.js';
import { compileLattice, iob2Allowed, repairIob2, viterbi, viterbiLattice } from '../../src/ner/decode.js';
import { mulberry32 } from '../../src/ner/perceptron.js';

const L = NER_TAGS.length;
const allowed = iob2Allowed(NER_TAGS);

function isValidIob2(tags: string[]): boolean {
  return tags.every((t, i) => {
    if (!t.startsWith('I-')) return true;
    const prev = i > 0 ? tags[i - 1] : 'O';
    return prev === `B-${t.slice(2)}` || prev === `I-${t.slice(2)}`;
  });
}

function decode(emit: number[][]): string[] {
  const n = emit.length;
  const out = new Int32Array(n);
  viterbi(Float64Array.from(emit.flat()), n, L, new Float32Array((L + 1) * L), allowed, out);
  return Array.from(out, (y) => NER_TAGS[y]);
}

describe('IOB2 Viterbi', () => {
  it('never starts a sentence with I-X even when emissions prefer it', () => {
    const iPer = NER_TAGS.indexOf('I-PER');
    const bPer = NER_TAGS.indexOf('B-PER');
    const row = (best: number, second: number) =>
      Array.from({ length: L }, (_, y) => (y === best ? 5 : y === second ? 4 : 0));
    const tags = decode([row(iPer, bPer), row(iPer, bPer)]);
    expect(tags).toEqual(['B-PER', 'I-PER']);
  });

  it('does not continue a chunk with another type', () => {
    const bOrg = NER_TAGS.indexOf('B-ORG');
    const iLoc = NER_TAGS.indexOf('I-LOC');
    const o = NER_TAGS.indexOf('O');
    const row = (best: number, second: number) =>
      Array.from({ length: L }, (_, y) => (y === best ? 5 : y === second ? 4 : 0));
    const tags = decode([row(bOrg, o), row(iLoc, o)]);
    expect(isValidIob2(tags)).toBe(true);
    expect(tags[1]).not.toBe('I-LOC');
  });

  it('always yields valid IOB2 on random scores', () => {
    const rand = mulberry32(3);
    for (let k = 0; k < 200; k++) {
      const n = 1 + Math.floor(rand() * 12);
      const emit = Array.from({ length: n }, () => Array.from({ length: L }, () => rand() * 10 - 5));
      expect(isValidIob2(decode(emit))).toBe(true);
    }
  });

  it('repairs an IOB1-style I-X after O into B-X', () => {
    expect(repairIob2(['O', 'I-PER', 'I-PER', 'I-LOC'])).toEqual(['O', 'B-PER', 'I-PER', 'B-LOC']);
  });
});

describe('compiled IOB2 lattice', () => {
  // every allowed label sequence of length n, scored the way the decoder scores them
  function bestByEnumeration(emit: Float64Array, n: number, trans: Float32Array): number {
    let best = Number.NEGATIVE_INFINITY;
    const walk = (i: number, prev: number, sum: number) => {
      if (i === n) {
        best = Math.max(best, sum);
        return;
      }
      for (let y = 0; y < L; y++) {
        if (!allowed[prev * L + y]) continue;
        walk(i + 1, y, sum + trans[prev * L + y] + emit[i * L + y]);
      }
    };
    walk(0, L, 0);
    return best;
  }

  it('finds an allowed sequence with the best total score, on random scores with ties', () => {
    const rnd = mulberry32(7);
    for (let t = 0; t < 150; t++) {
      const n = 1 + Math.floor(rnd() * 4);
      // coarse values make ties frequent
      const emit = Float64Array.from({ length: n * L }, () => Math.round(rnd() * 6) - 3);
      const trans = Float32Array.from({ length: (L + 1) * L }, () => Math.round(rnd() * 4) - 2);
      const out = new Int32Array(n);
      viterbiLattice(
        compileLattice(trans, allowed, L),
        emit,
        n,
        out,
        new Float64Array(n * L),
        new Int32Array(n * L),
      );
      let prev = L;
      let total = 0;
      for (let i = 0; i < n; i++) {
        expect(allowed[prev * L + out[i]]).toBe(1);
        total += trans[prev * L + out[i]] + emit[i * L + out[i]];
        prev = out[i];
      }
      expect(total).toBe(bestByEnumeration(emit, n, trans));
    }
  });
});
