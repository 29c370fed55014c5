import { describe, expect, it } from 'vitest';
import { loadActors } from '../../src/lang/actors.js';

const dict = loadActors();

describe('ambiguity marks', () => {
  it('marks a name shared by a regency and a city, but not their full names', () => {
    for (const name of ['Bogor', 'Malang', 'Bekasi', 'Tangerang']) {
      const found = dict.lookup(name);
      expect(found.map((e) => e.level).sort(), name).toEqual(['city', 'regency']);
      expect(
        found.every((e) => e.ambiguous),
        name,
      ).toBe(true);
    }
    expect(dict.lookup('Kota Malang')[0].ambiguous).toBe(false);
    expect(dict.lookup('Kabupaten Malang')[0].ambiguous).toBe(false);
  });

  it('marks a name shared by a province and a city', () => {
    const jambi = dict.lookup('Jambi');
    expect(jambi.map((e) => e.level).sort()).toEqual(['city', 'province']);
    expect(jambi.every((e) => e.ambiguous)).toBe(true);
  });

  it('marks place names that are common words, people or other places', () => {
    for (const name of ['Batu', 'Metro', 'Bone', 'Puncak', 'Bima', 'Malaka', 'Solo']) {
      const found = dict.lookup(name);
      expect(found.length, name).toBeGreaterThan(0);
      expect(
        found.every((e) => e.ambiguous),
        name,
      ).toBe(true);
    }
    // a prominent city whose name is not marked stays linkable
    expect(dict.lookup('Surabaya')[0].ambiguous).toBe(false);
  });

  it('marks names of two countries or two organisations with different codes', () => {
    expect(
      dict
        .lookup('Congo')
        .map((e) => e.code)
        .sort(),
    ).toEqual(['COD', 'COG']);
    expect(dict.lookup('Congo').every((e) => e.ambiguous)).toBe(true);
    const csis = dict.lookup('CSIS');
    expect(new Set(csis.map((e) => e.code))).toEqual(new Set(['USAEDU', 'IDNEDU', 'CANSPY']));
    expect(csis.every((e) => e.ambiguous)).toBe(true);
    expect(dict.lookup('Center for Strategic and International Studies')[0]).toMatchObject({
      code: 'USAEDU',
      ambiguous: false,
    });
    const demokrat = dict.lookup('Partai Demokrat');
    expect(demokrat.map((e) => e.code).sort()).toEqual(['IDNPTY', 'USAPTY']);
    expect(dict.lookup('Partai Demokrat AS')[0].ambiguous).toBe(false);
  });

  it('marks capitals that are also words, and keeps the unambiguous ones', () => {
    expect(dict.lookup('Lima')[0]).toMatchObject({ code: 'PER', metonym: true, ambiguous: true });
    expect(dict.lookup('Pyongyang')[0].ambiguous).toBe(false);
  });

  it('distinguishes an acronym written in capitals from the same word', () => {
    expect(dict.lookup('Antara')[0]).toMatchObject({ code: 'IDNMED', ambiguous: true });
    expect(dict.lookup('ANTARA')[0]).toMatchObject({ code: 'IDNMED', ambiguous: false });
    expect(dict.lookup('Kantor Berita Antara')[0].ambiguous).toBe(false);
  });
});
