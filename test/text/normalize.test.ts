import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';

const seedBody = readFileSync(new URL('../../examples/000_ed4e84306170659b.txt', import.meta.url), 'utf8')
  .split('\n')
  .slice(2)
  .join('\n');

/** Every repair must point at what it replaced in the raw text and at what it wrote in the normalized one. */
function checkRepairs(raw: string) {
  const n = normalize(raw);
  for (const r of n.repairs) {
    expect(raw.slice(r.original.start, r.original.end)).toBe(r.original.text);
    expect(n.text.slice(r.at, r.at + r.replacement.length)).toBe(r.replacement);
  }
  return n;
}

describe('normalize on the seed article', () => {
  const n = checkRepairs(seedBody);
  it('adds a space after every glued sentence end', () => {
    expect(n.text).toContain('melakukannya. Bantahan');
    expect(n.text).toContain('Rusia. “Korea Utara berusaha');
    expect(n.text).toContain('dalam tuduhannya. Seorang');
    expect(n.text).not.toMatch(/\p{Ll}\.\p{Lu}/u);
  });
  it('joins the split word and then separates the sentence', () => {
    expect(n.text).toContain('di Ukraina. Juru bicara');
    expect(n.text).not.toContain('Ukrain a');
    const split = n.repairs.find((r) => r.kind === 'split-word');
    expect(split?.original.text).toBe(' ');
    expect(seedBody.slice(split!.original.start - 6, split!.original.end + 1)).toBe('Ukrain a');
  });
  it('separates a number glued to the next capitalised word', () => {
    expect(n.text).toMatch(/November 2022\nBantuan senjata/);
    expect(n.repairs.some((r) => r.kind === 'glued-number')).toBe(true);
  });
  it('splits doubled quote marks and orients quotes', () => {
    expect(n.text).toContain('di masa depan.” “Kami menganggap');
    expect(n.text).toContain('terhadap DPRK,” kata pejabat itu');
    expect(n.text).not.toContain('"');
  });
  it('keeps the scare quotes in single quotes untouched', () => {
    expect(n.text).toContain("'resolusi sanksi'");
  });
});

describe('normalize on scraped damage', () => {
  it('removes NBSP, zero-width characters and boilerplate lines, listing each', () => {
    const raw =
      'JAKARTA -\u00A0Presiden\u200B berbicara.\r\nSCROLL TO CONTINUE WITH CONTENT\r\nBaca juga: Harga beras naik\r\nIa menambahkan hal itu.';
    const n = checkRepairs(raw);
    expect(n.text).toBe('JAKARTA - Presiden berbicara.\nIa menambahkan hal itu.');
    const kinds = n.repairs.map((r) => r.kind);
    expect(kinds).toContain('nbsp');
    expect(kinds).toContain('zero-width');
    expect(kinds.filter((k) => k === 'boilerplate')).toHaveLength(2);
    expect(kinds).toContain('line-ending');
  });
  it('removes a "Lihat juga Video" line but not a sentence that mentions video', () => {
    const raw =
      'Polisi memeriksa video itu.\n\nLihat juga Video: Banjir di Medan\n\nKapolda menjelaskan, video beredar sejak Senin.';
    const n = checkRepairs(raw);
    expect(n.text).toBe('Polisi memeriksa video itu.\n\nKapolda menjelaskan, video beredar sejak Senin.');
  });
  it('does not join words that are both known, nor split domains, decimals or acronyms', () => {
    const raw = 'Inflasi naik 5,32% pada pukul 10.30 WIB menurut KOMPAS.com dan U.S.A. Ia pergi ke sana di.';
    const n = checkRepairs(raw);
    expect(n.text).toBe(raw);
    expect(n.repairs).toHaveLength(0);
  });
  it('fixes curly/straight quote pairs', () => {
    const raw = 'Ia berkata, “Kami siap." Lalu ia pergi. "Tidak ada masalah,” katanya.';
    const n = checkRepairs(raw);
    expect(n.text).toBe('Ia berkata, “Kami siap.” Lalu ia pergi. “Tidak ada masalah,” katanya.');
  });
  it('collapses runs of spaces and blank lines and trims the text', () => {
    const n = checkRepairs('  Satu  dua.\n\n\n\nTiga .  \n');
    expect(n.text).toBe('Satu dua.\n\nTiga .');
  });
  it('handles a text that is only boilerplate', () => {
    const n = checkRepairs('ADVERTISEMENT\n');
    expect(n.text).toBe('');
  });
});
