import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../src/lang/actors/model.js';
import { loadActors, loadSectorWords, readSectors } from '../../src/lang/actors.js';

const sectors = readSectors();

describe.each(['id', 'en'] as const)('sector words (%s)', (lang) => {
  const words = loadSectorWords(lang);

  it('use known sectors, uses and kinds, once per phrase', () => {
    expect(words.length).toBeGreaterThan(50);
    for (const w of words) {
      expect(sectors.has(w.sector), w.phrase).toBe(true);
      expect(['head', 'field']).toContain(w.use);
      if (w.kind) expect(ENTITY_KINDS, w.phrase).toContain(w.kind);
      if (w.use === 'head') expect(w.kind, w.phrase).toBeTruthy();
    }
    const phrases = words.map((w) => w.phrase.toLowerCase());
    expect(new Set(phrases).size).toBe(phrases.length);
  });
});

describe('deriving an actor code from a sector phrase and a country', () => {
  // The linker's rule, in small: the field word refines the head; the country comes from the dictionary.
  function derive(head: string, field: string | null, country: string): string | null {
    const words = loadSectorWords('id');
    const h = words.find((w) => w.phrase === head && w.use === 'head');
    const f = field ? words.find((w) => w.phrase === field) : undefined;
    const place = loadActors()
      .lookup(country)
      .find((e) => e.kind === 'country');
    if (!h || !place) return null;
    return place.code + (f?.sector ?? h.sector);
  }

  it('gives the codes a careful analyst would', () => {
    expect(derive('kementerian', 'pertahanan', 'Korea Utara')).toBe('PRKMIL');
    expect(derive('kementerian', 'luar negeri', 'Rusia')).toBe('RUSGOV');
    expect(derive('kantor berita', null, 'Tiongkok')).toBe('CHNMED');
    expect(derive('kepolisian', null, 'Malaysia')).toBe('MYSCOP');
    expect(derive('parlemen', null, 'Jepang')).toBe('JPNLEG');
  });
});
