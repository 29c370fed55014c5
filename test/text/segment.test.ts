import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { sentences } from '../../src/text/segment.js';
import { tokenize } from '../../src/text/tokens.js';

const split = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('does not break after Indonesian and English abbreviations or initials', () => {
    expect(
      split(
        'Dr. Siti Nurbaya dan Prof. Budi tiba di Jl. Sudirman No. 5 kemarin. Mr. Smith of the U.S. Embassy met Muhammad M. Hatta today. Ia senang.',
      ),
    ).toEqual([
      'Dr. Siti Nurbaya dan Prof. Budi tiba di Jl. Sudirman No. 5 kemarin.',
      'Mr. Smith of the U.S. Embassy met Muhammad M. Hatta today.',
      'Ia senang.',
    ]);
  });
  it('keeps decimals and times inside a sentence', () => {
    expect(split('Inflasi mencapai 5,32% pada Oktober. Rapat dimulai pukul 10.30 WIB di Jakarta.')).toEqual([
      'Inflasi mencapai 5,32% pada Oktober.',
      'Rapat dimulai pukul 10.30 WIB di Jakarta.',
    ]);
  });
  it('keeps a.n. and dll. mid-sentence but lets dll. end a sentence before a capital', () => {
    expect(
      split(
        'Surat a.n. menteri berisi beras, gula, dll. yang dibagikan. Bantuan berupa beras, gula, dll. Semua tiba kemarin.',
      ),
    ).toEqual([
      'Surat a.n. menteri berisi beras, gula, dll. yang dibagikan.',
      'Bantuan berupa beras, gula, dll.',
      'Semua tiba kemarin.',
    ]);
  });
  it('keeps a closing quote with its sentence and splits after the attribution', () => {
    const t = '“Kami tidak pernah melakukannya. Itu fitnah,” kata dia. Ia lalu pergi.';
    expect(split(t)).toEqual([
      '“Kami tidak pernah melakukannya.',
      'Itu fitnah,” kata dia.',
      'Ia lalu pergi.',
    ]);
  });
  it('splits at line breaks and tracks paragraphs', () => {
    const t = 'Judul berita\nIsi pertama. Isi kedua.\n\nParagraf baru.';
    const s = sentences(t);
    expect(s.map((x) => t.slice(x.start, x.end))).toEqual([
      'Judul berita',
      'Isi pertama.',
      'Isi kedua.',
      'Paragraf baru.',
    ]);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 0, 1]);
  });
  it('splits the repaired seed damage the way a reader would', () => {
    const n = normalize(
      'Ia membantah melakukannya.Bantahan dikeluarkan di Ukrain a.Juru bicara itu berkata.',
    );
    expect(split(n.text)).toEqual([
      'Ia membantah melakukannya.',
      'Bantahan dikeluarkan di Ukraina.',
      'Juru bicara itu berkata.',
    ]);
  });
});

describe('tokens', () => {
  it('splits punctuation and keeps words, decimals, times, reduplication and abbreviations whole', () => {
    const t = 'Dr. Budi (AS) membeli 5,32% saham negara-negara itu pukul 10.30 WIB, kata-nya di Kompas.com.';
    const toks = tokenize(t, sentences(t));
    expect(toks.map((x) => x.text)).toEqual([
      'Dr.',
      'Budi',
      '(',
      'AS',
      ')',
      'membeli',
      '5,32',
      '%',
      'saham',
      'negara-negara',
      'itu',
      'pukul',
      '10.30',
      'WIB',
      ',',
      'kata-nya',
      'di',
      'Kompas.com',
      '.',
    ]);
    for (const k of toks) expect(t.slice(k.start, k.end)).toBe(k.text);
  });
  it('keeps dotted acronyms and name initials', () => {
    const t = 'Pejabat U.S. bertemu Muhammad M. Hatta.';
    expect(tokenize(t, sentences(t)).map((x) => x.text)).toEqual([
      'Pejabat',
      'U.S.',
      'bertemu',
      'Muhammad',
      'M.',
      'Hatta',
      '.',
    ]);
  });
});
