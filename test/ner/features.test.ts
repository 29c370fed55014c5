import { describe, expect, it } from 'vitest';
import { casing, shape, shapeHashes, wordFeats } from '../../src/ner/features.js';
import { hashString } from '../../src/ner/hash.js';

// The generic definition of the casing classes; casing() takes a character-code path for ASCII words.
function casingReference(word: string): string {
  if (/^[\p{P}\p{S}]+$/u.test(word)) return 'punct';
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

const WORDS = [
  '',
  'a',
  'A',
  'Ab',
  'aB',
  'AB1',
  'a1',
  '1',
  '1.000,5',
  '1.',
  '.1',
  '-',
  '...',
  '"',
  'Jl.',
  'McDonald',
  'iPhone',
  '1Ab',
  'ABCDEFGHIJKLMNOPQ',
  'aaaaaaaaaaaaaaaaaaaaaaaBBBBBBB111',
  'x1y2z3x1y2z3x1y2z3x',
  'a~',
  'ÉCOLE',
  'École',
  'Über-Alles',
  '€',
  'Jakarta',
];

describe('word attributes', () => {
  it('casing() agrees with the generic definition', () => {
    for (const w of WORDS) expect(casing(w), w).toBe(casingReference(w));
  });

  it('shape hashes are the hashes of the shape strings', () => {
    for (const w of WORDS) {
      expect(shapeHashes(w), w).toEqual([hashString(shape(w, true)), hashString(`ls=${shape(w, false)}`)]);
    }
  });

  it('attribute hashes are the hashes of the attribute strings', () => {
    const cfg = {
      id: 't',
      useClusters: true,
      useLemma: true,
      useCapStats: true,
      useContext: true,
      useGazetteer: false,
    };
    const res = {
      lex: new Map([['dikatakannya', { clusters: ['a1', 'b7'], lemma: 'kata', capBucket: 0 }]]),
      context: new Map([['dikatakannya', 'SAY']]),
    };
    const local = Array.from(wordFeats('Dikatakannya', cfg, res).local);
    for (const attr of [
      'w=Dikatakannya',
      'ls=Xxxxxxxxxxxx',
      'p1=d',
      'p4=dika',
      's1=a',
      's4=nnya',
      'len=10',
      'pre=di',
      'suf=nya',
      'circ=di-nya',
      'suf2=kannya',
      'lem=kata',
      'aff=di+kannya',
      'cl=a1',
      'cl=b7',
      'ctx=SAY',
    ]) {
      expect(local, attr).toContain(hashString(attr));
    }
  });
});
