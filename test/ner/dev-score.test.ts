// The shipped model's score on dev.txt is the acceptance figure: keep it from regressing.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateNer, loadNerModel, parseConll, tagTokens } from '../../src/ner/index.js';

const dev = new URL('../../../shared/data/idner-news-2k/dev.txt', import.meta.url);

describe.skipIf(!existsSync(dev))('the shipped NER model on idner-news-2k dev.txt', () => {
  it('scores at least 86 entity-level micro F1', () => {
    const sentences = parseConll(readFileSync(dev, 'utf8'), dev.pathname);
    const model = loadNerModel();
    const gold = sentences.map((s) => s.rows.map((r) => r[r.length - 1]));
    const pred = sentences.map((s) =>
      tagTokens(
        model,
        s.rows.map((r) => r[0]),
      ),
    );
    const scores = evaluateNer(gold, pred);
    expect(scores.micro.f1).toBeGreaterThanOrEqual(0.86);
  });
});
