import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { findQuotations } from '../../src/text/quotes.js';

const inner = (t: string) => findQuotations(t).map((q) => t.slice(q.innerStart, q.innerEnd));

describe('quotations', () => {
  it('finds a quotation that spans sentences as one', () => {
    const t = '“Kami tidak pernah melakukannya. Itu fitnah. Kami akan melapor,” kata dia.';
    const qs = findQuotations(t);
    expect(qs).toHaveLength(1);
    expect(t.slice(qs[0].start, qs[0].end)).toBe(
      '“Kami tidak pernah melakukannya. Itu fitnah. Kami akan melapor,”',
    );
    expect(qs[0].closed).toBe(true);
  });
  it('nests single quotes inside double quotes', () => {
    const t = "“Kami menolak 'resolusi sanksi' ilegal itu,” kata pejabat itu.";
    const qs = findQuotations(t);
    expect(qs.map((q) => [q.depth, t.slice(q.start, q.end)])).toEqual([
      [0, "“Kami menolak 'resolusi sanksi' ilegal itu,”"],
      [1, "'resolusi sanksi'"],
    ]);
  });
  it('does not take apostrophes for quotes', () => {
    expect(inner("Salat Jum'at di masjid Al-Qur'an dihadiri ribuan orang.")).toEqual([]);
  });
  it('continues a quotation across paragraphs when the next paragraph reopens it', () => {
    const t = '“Kami sudah bekerja keras sejak awal.\n\n“Hasilnya akan terlihat tahun depan,” ujar Bobby.';
    const qs = findQuotations(t);
    expect(qs).toHaveLength(1);
    expect(t.slice(qs[0].start, qs[0].end)).toBe(t.slice(0, t.indexOf(' ujar')));
  });
  it('ends an unclosed quotation at the paragraph end', () => {
    const t = '“Kami sudah bekerja keras sejak awal.\n\nPara pejabat lain diam.';
    const qs = findQuotations(t);
    expect(qs).toHaveLength(1);
    expect(qs[0].closed).toBe(false);
    expect(t.slice(qs[0].innerStart, qs[0].innerEnd)).toBe('Kami sudah bekerja keras sejak awal.');
  });
  it('pairs the seed quotes after normalization', () => {
    const n = normalize(
      'mengatakan, "Pyongyang tidak pernah memiliki urusan senjata di masa depan.""Kami menganggap langkah AS,” kata pejabat itu.',
    );
    expect(inner(n.text)).toEqual([
      'Pyongyang tidak pernah memiliki urusan senjata di masa depan.',
      'Kami menganggap langkah AS,',
    ]);
  });
});
