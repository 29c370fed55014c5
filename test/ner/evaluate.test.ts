import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalNerFiles } from '../../src/cli/commands/eval.js';
import { chunks, evaluateNer } from '../../src/ner/evaluate.js';

describe('entity-level scoring', () => {
  it('reads chunks like conlleval (I-X after O starts a chunk)', () => {
    expect(chunks(['B-PER', 'I-PER', 'O', 'I-LOC', 'I-LOC', 'B-ORG', 'I-PER'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 5 },
      { type: 'ORG', start: 5, end: 6 },
      { type: 'PER', start: 6, end: 7 },
    ]);
  });

  // Hand-made pair. Gold entities: Joko Widodo (PER), Jakarta (LOC), KPK (ORG), Surabaya (LOC), Budi (PER) = 5.
  // Predicted: Joko Widodo PER (correct), Jakarta ORG (wrong type), KPK ORG (correct), Surabaya LOC (correct),
  // Gedung (LOC, spurious) = 5 predicted, 3 correct → P = 3/5, R = 3/5, F1 = 0.6.
  // Per type: PER gold 2, pred 1, tp 1 → P 1, R 0.5, F1 2/3; LOC gold 2, pred 2, tp 1 → 0.5/0.5/0.5;
  // ORG gold 1, pred 2, tp 1 → P 0.5, R 1, F1 2/3.
  const gold = [
    'Presiden O',
    'Joko B-PER',
    'Widodo I-PER',
    'tiba O',
    'di O',
    'Jakarta B-LOC',
    '',
    'KPK B-ORG',
    'memeriksa O',
    'Budi B-PER',
    'di O',
    'Gedung O',
    'Surabaya B-LOC',
    '',
  ].join('\r\n');
  const pred = [
    'Presiden O',
    'Joko B-PER',
    'Widodo I-PER',
    'tiba O',
    'di O',
    'Jakarta B-ORG',
    '',
    'KPK B-ORG',
    'memeriksa O',
    'Budi O',
    'di O',
    'Gedung B-LOC',
    'Surabaya B-LOC',
    '',
  ].join('\r\n');

  it('matches hand-computed precision, recall and F1 through the eval command', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-eval-'));
    writeFileSync(join(dir, 'gold.txt'), gold);
    writeFileSync(join(dir, 'pred.txt'), pred);
    const s = evalNerFiles(join(dir, 'gold.txt'), join(dir, 'pred.txt'));
    expect(s.micro.tp).toBe(3);
    expect(s.micro.predicted).toBe(5);
    expect(s.micro.gold).toBe(5);
    expect(s.micro.precision).toBeCloseTo(0.6, 10);
    expect(s.micro.recall).toBeCloseTo(0.6, 10);
    expect(s.micro.f1).toBeCloseTo(0.6, 10);
    expect(s.perType.PER.f1).toBeCloseTo(2 / 3, 10);
    expect(s.perType.PER.recall).toBeCloseTo(0.5, 10);
    expect(s.perType.LOC.precision).toBeCloseTo(0.5, 10);
    expect(s.perType.ORG.precision).toBeCloseTo(0.5, 10);
    expect(s.perType.ORG.recall).toBe(1);
    expect(s.tokens).toBe(12);
    expect(s.tokenAccuracy).toBeCloseTo(9 / 12, 10);
  });

  it('rejects a prediction file whose sentences do not line up, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-eval-'));
    writeFileSync(join(dir, 'gold.txt'), gold);
    writeFileSync(join(dir, 'short.txt'), 'Presiden O\nJoko B-PER\n');
    expect(() => evalNerFiles(join(dir, 'gold.txt'), join(dir, 'short.txt'))).toThrow(/short\.txt/);
  });

  it('scores identical sequences as perfect', () => {
    const g = [['B-PER', 'I-PER', 'O', 'B-LOC']];
    expect(evaluateNer(g, g).micro.f1).toBe(1);
  });
});
