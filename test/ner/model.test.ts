import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagConllText } from '../../src/cli/commands/ner.js';
import { chunks } from '../../src/ner/evaluate.js';
import { DEFAULT_MODEL_PATH, loadNerModel, tagDocumentSentences, tagTokens } from '../../src/ner/index.js';
import {
  buildModel,
  deserializeModel,
  emissions,
  emissionsSlow,
  serializeModel,
} from '../../src/ner/model.js';
import { Scorer } from '../../src/ner/scorer.js';

const tok = (s: string) => s.split(' ');

/** Entities as "TYPE:text" for readable assertions. */
function entities(tokens: string[], tags: string[]): string[] {
  return chunks(tags).map((c) => `${c.type}:${tokens.slice(c.start, c.end).join(' ')}`);
}

describe('shipped NER model', () => {
  it('exists at the default path', () => {
    expect(existsSync(DEFAULT_MODEL_PATH)).toBe(true);
  });

  const model = loadNerModel();

  it('is cached per path and carries a version and feature-set id', () => {
    expect(loadNerModel()).toBe(model);
    expect(model.data.version).toBe(1);
    expect(model.data.featureSet).toMatch(/^id-ner-/);
  });

  it('tags a person after a title and a city', () => {
    const t = tok('Presiden Joko Widodo meresmikan jalan tol baru di Surabaya , Jawa Timur , pada Senin .');
    const e = entities(t, tagTokens(model, t));
    expect(e).toContain('PER:Joko Widodo');
    expect(e).toContain('LOC:Surabaya');
    expect(e).toContain('LOC:Jawa Timur');
    expect(e.some((x) => x.includes('Senin'))).toBe(false);
  });

  it('tags a speaker after a speech verb and an organisation', () => {
    const t = tok('Kami akan memeriksa semua saksi , kata juru bicara KPK Febri Diansyah di Jakarta .');
    const e = entities(t, tagTokens(model, t));
    expect(e).toContain('ORG:KPK');
    expect(e).toContain('PER:Febri Diansyah');
    expect(e).toContain('LOC:Jakarta');
  });

  // idner-news-2k leaves many country names untagged (7 of 9 "Amerika Serikat" and 41 of 110 "Indonesia"
  // in train are O), so the countries here are ones its annotators consistently mark.
  it('tags a ministry, a minister and countries', () => {
    const t = tok('Menurut Menteri Luar Negeri Retno Marsudi , Indonesia mendukung perdamaian di Ukraina .');
    const e = entities(t, tagTokens(model, t));
    expect(e).toContain('PER:Retno Marsudi');
    expect(e).toContain('LOC:Ukraina');
    const t3 = tok(
      'Pemerintah akan mengirim bantuan ke Palestina , kata Menteri Luar Negeri Retno Marsudi .',
    );
    const e3 = entities(t3, tagTokens(model, t3));
    expect(e3).toContain('LOC:Palestina');
    expect(e3).toContain('PER:Retno Marsudi');
    const t2 = tok('Kementerian Luar Negeri menyatakan Korea Utara menolak tuduhan itu .');
    const e2 = entities(t2, tagTokens(model, t2));
    expect(e2).toContain('ORG:Kementerian Luar Negeri');
    expect(e2).toContain('LOC:Korea Utara');
  });

  it('leaves a sentence without names untagged and handles empty input', () => {
    const t = tok('Harga beras naik tajam sejak pekan lalu .');
    expect(tagTokens(model, t).every((x) => x === 'O')).toBe(true);
    expect(tagTokens(model, [])).toEqual([]);
  });

  it('round-trips through its file format', () => {
    const again = buildModel(deserializeModel(serializeModel(model.data), 'mem'));
    const t = tok('Gubernur Anies Baswedan meninjau banjir di Jakarta Utara .');
    expect(tagTokens(again, t)).toEqual(tagTokens(model, t));
  });

  it('scores with the cached per-word and per-bigram sums exactly as with the full feature list', () => {
    const sentences = [
      'Wakil Ketua DPR Fadli Zon menilai Kementerian Keuangan lamban , ujarnya di Gedung Nusantara III .',
      'Kapolda Metro Jaya Irjen Fadil Imran mengatakan , ujarnya di Jakarta .',
      '( BPH Migas ) menyatakan stok BBM aman , kata Menteri ESDM .',
      'Jakarta',
      'Menurut Bank Indonesia',
      'Ia bertemu Presiden Amerika Serikat Joe Biden dan Perdana Menteri Inggris Boris Johnson .',
      '"Kami siap," kata (Ketua) KPK Firli Bahuri kepada wartawan di Gedung Merah Putih KPK , Jakarta .',
    ].map(tok);
    // twice: the second round reads the word and bigram caches filled by the first
    for (let round = 0; round < 2; round++) {
      for (const t of sentences) {
        const fast = emissions(model, t);
        const slow = emissionsSlow(model, t);
        expect(fast.length).toBe(slow.length);
        for (let i = 0; i < fast.length; i++) expect(fast[i]).toBeCloseTo(slow[i], 3);
      }
    }
  });

  // tiny word and pair bounds empty both caches; a tiny pair bound alone empties only the pairs
  for (const limits of [
    { words: 12, bigrams: 16 },
    { words: 1000, bigrams: 16 },
  ]) {
    it(`scores the same after its caches are emptied (bounds ${limits.words}/${limits.bigrams})`, () => {
      const tiny = new Scorer(
        model.extractor.cfg,
        model.extractor.res,
        model.table,
        model.wordTable,
        7,
        limits,
      );
      const sentences = [
        'Presiden Joko Widodo meresmikan jalan tol baru di Surabaya , Jawa Timur , pada Senin .',
        'Kami akan memeriksa semua saksi , kata juru bicara KPK Febri Diansyah di Jakarta .',
        'Gubernur Anies Baswedan meninjau banjir di Jakarta Utara .',
        'Jakarta',
      ].map(tok);
      for (let round = 0; round < 3; round++) {
        for (const t of sentences) {
          const a = tiny.emissions(t, undefined);
          const b = emissionsSlow(model, t);
          for (let i = 0; i < a.length; i++) expect(a[i]).toBeCloseTo(b[i], 3);
        }
      }
    });
  }

  it('rejects a file that is not a model', () => {
    expect(() => deserializeModel(Buffer.from('hello'), 'junk.gz')).toThrow(/junk\.gz/);
  });

  it('document tagging keeps sentence-level entities and stays valid IOB2', () => {
    const doc = [
      tok('Menteri Keuangan Sri Mulyani Indrawati menyampaikan hal itu di Jakarta .'),
      tok('Menurut Indrawati , defisit anggaran tetap terkendali .'),
    ];
    const tags = tagDocumentSentences(model, doc);
    expect(entities(doc[0], tags[0])).toContain('PER:Sri Mulyani Indrawati');
    expect(entities(doc[1], tags[1])).toContain('PER:Indrawati');
  });

  it('tags a CoNLL file, appending the tag as the last column and keeping CRLF', () => {
    const out = tagConllText('Bupati X\r\nBogor X\r\n\r\nDi X\r\nBandung X\r\n', 'in.txt');
    const lines = out.split('\r\n');
    expect(lines[0]).toBe('Bupati X O');
    expect(lines[1]).toMatch(/^Bogor X (B-PER|B-LOC)$/);
    expect(lines[4]).toBe('Bandung X B-LOC');
  });
});

describe('long sentences', () => {
  it('tags every token of a sentence longer than any buffer size seen before', async () => {
    const { loadNerModel, tagTokens } = await import('../../src/ner/index.js');
    const model = loadNerModel();
    for (const n of [3, 65, 70, 130, 400]) {
      const tokens = Array.from({ length: n }, (_, i) => (i % 9 === 0 ? 'Jakarta' : 'kemarin'));
      const tags = tagTokens(model, tokens);
      expect(tags).toHaveLength(n);
      expect(tags.every((t) => typeof t === 'string')).toBe(true);
    }
  });
});
