import { describe, expect, it } from 'vitest';
import { type ActorEntry, loadActors } from '../../src/lang/actors.js';
import { tokens } from './helpers.js';

const dict = loadActors();
const codes = (es: ActorEntry[]) => es.map((e) => e.code);
const only = (surface: string) => {
  const found = dict.lookup(surface);
  expect(found, surface).toHaveLength(1);
  return found[0];
};

/** Longest dictionary matches over a sentence, left to right, as a linker would take them. */
function scan(sentence: string): { text: string; id: string; code: string | null; metonym: boolean }[] {
  const ts = tokens(sentence);
  const out = [];
  for (let i = 0; i < ts.length; ) {
    const ms = dict.matchAt(ts, i);
    if (ms.length === 0) {
      i++;
      continue;
    }
    const best = ms.filter((m) => m.length === ms[0].length && !m.entry.ambiguous);
    if (best.length === 1) {
      const e = best[0].entry;
      out.push({ text: ts.slice(i, i + ms[0].length).join(' '), id: e.id, code: e.code, metonym: e.metonym });
    }
    i += ms[0].length;
  }
  return out;
}

describe('lookup', () => {
  it('resolves short forms and official names', () => {
    expect(only('Korut').code).toBe('PRK');
    expect(only('Korea Utara').code).toBe('PRK');
    expect(only('DPRK').code).toBe('PRK');
    expect(only('Amerika Serikat').code).toBe('USA');
    expect(only('Rusia').code).toBe('RUS');
  });

  it('marks capitals standing for their country as metonyms', () => {
    const moskow = only('Moskow');
    expect(moskow.code).toBe('RUS');
    expect(moskow.metonym).toBe(true);
    expect(only('Pyongyang')).toMatchObject({ code: 'PRK', metonym: true });
    expect(only('Washington')).toMatchObject({ code: 'USA', metonym: true });
    expect(only('Den Haag')).toMatchObject({ code: 'NLD', metonym: true });
    // the country's own name is not a metonym
    expect(only('Rusia').metonym).toBe(false);
  });

  it('resolves seats of government to the body, not the country', () => {
    expect(only('Gedung Putih')).toMatchObject({ code: 'USAGOV', kind: 'organization', metonym: false });
    expect(only('Kremlin').code).toBe('RUSGOV');
    expect(only('Pentagon').code).toBe('USAMIL');
    expect(only('Istana Negara').code).toBe('IDNGOV');
  });

  it('resolves IGOs, Indonesian institutions and media', () => {
    expect(only('DK PBB')).toMatchObject({ id: 'unsc', code: 'IGOUNO', kind: 'igo' });
    expect(only('Dewan Keamanan PBB').id).toBe('unsc');
    expect(only('PBB').id).toBe('un');
    expect(only('Pakta Pertahanan Atlantik Utara').code).toBe('IGONAT');
    expect(only('Uni Eropa').code).toBe('IGOEEC');
    expect(only('Kemenlu').code).toBe('IDNGOV');
    expect(only('Kemenhan').code).toBe('IDNMIL');
    expect(only('Polri').code).toBe('IDNCOP');
    expect(only('Mahkamah Konstitusi').code).toBe('IDNJUD');
    expect(only('PDI-P').code).toBe('IDNPTY');
    expect(only('Yonhap').code).toBe('KORMED');
    expect(only('Xinhua').code).toBe('CHNMED');
    expect(only('Reuters').code).toBe('MED');
  });

  it('resolves a city to Indonesia with its level and province', () => {
    const medan = only('Medan');
    expect(medan).toMatchObject({ code: 'IDN', country: 'IDN', level: 'city', kind: 'location' });
    expect(dict.byId(medan.parent!)?.name).toBe('North Sumatra');
    expect(only('Kab. Bogor')).toMatchObject({ id: 'idn-kab-bogor', level: 'regency' });
    expect(only('Kota Bogor')).toMatchObject({ id: 'idn-kota-bogor', level: 'city' });
    expect(only('DKI Jakarta')).toMatchObject({ level: 'province' });
  });

  it('matches acronyms case-sensitively and names case-insensitively', () => {
    expect(codes(dict.lookup('AS'))).toEqual(['USA']);
    expect(dict.lookup('as')).toEqual([]);
    expect(dict.lookup('As')).toEqual([]);
    expect(dict.lookup('pbb')).toEqual([]);
    expect(codes(dict.lookup('KOREA UTARA'))).toEqual(['PRK']);
    expect(codes(dict.lookup('korea  utara'))).toEqual(['PRK']);
    expect(codes(dict.lookup('dewan keamanan PBB'))).toEqual(['IGOUNO']);
    expect(dict.lookup('dewan keamanan pbb')).toEqual([]);
  });

  it('folds diacritics, curly apostrophes and spacing around punctuation', () => {
    expect(codes(dict.lookup('Côte d’Ivoire'))).toEqual(['CIV']);
    expect(codes(dict.lookup("Cote d'Ivoire"))).toEqual(['CIV']);
    expect(dict.lookup('Kab . Bogor')[0].id).toBe('idn-kab-bogor');
  });

  it('looks up by id and code', () => {
    expect(dict.byId('prk')?.aliases.id).toContain('Korea Utara');
    expect(dict.byCode('IGOUNO').map((a) => a.id)).toEqual(expect.arrayContaining(['un', 'unsc', 'unga']));
    expect(dict.byId('nope')).toBeUndefined();
  });

  it('adds English demonyms to countries', () => {
    expect(only('North Korean')).toMatchObject({ code: 'PRK', aliasKind: 'demonym' });
    expect(only('Russians').code).toBe('RUS');
    expect(dict.lookup('Korean')).toEqual([]);
  });

  it('is built once and shared', () => {
    expect(loadActors()).toBe(dict);
  });
});

describe('matchAt over Indonesian news sentences', () => {
  it('takes the longest name at a position', () => {
    const ts = tokens('Dewan Keamanan PBB menjatuhkan sanksi kepada Korea Utara.');
    const ms = dict.matchAt(ts, 0);
    expect(ms[0]).toMatchObject({ length: 3 });
    expect(ms[0].entry.id).toBe('unsc');
    // the shorter `Dewan Keamanan` also matches, and is ambiguous on its own
    expect(ms.some((m) => m.length === 2 && m.entry.ambiguous)).toBe(true);
    expect(dict.matchAt(ts, 6)[0]).toMatchObject({ length: 2 });
    expect(dict.matchAt(ts, 6)[0].entry.code).toBe('PRK');
    expect(dict.matchAt(ts, 3)).toEqual([]);
  });

  it('finds the actors of a sentence about arms shipments', () => {
    const found = scan(
      'Amerika Serikat mengatakan Korut tampaknya memasok Rusia dengan peluru artileri melalui Timur Tengah dan Afrika Utara, sementara Moskow membantahnya.',
    );
    expect(found.map((f) => [f.text, f.code])).toEqual([
      ['Amerika Serikat', 'USA'],
      ['Korut', 'PRK'],
      ['Rusia', 'RUS'],
      ['Timur Tengah', null],
      ['Afrika Utara', null],
      ['Moskow', 'RUS'],
    ]);
    expect(found.at(-1)?.metonym).toBe(true);
  });

  it('does not take the word "as" or a lowercase "antara" for actors', () => {
    const found = scan(
      'Juru bicara Gedung Putih mengatakan AS akan bekerja sama dengan PBB, antara lain soal as roda kendaraan.',
    );
    expect(found.map((f) => f.code)).toEqual(['USAGOV', 'USA', 'IGOUNO']);
  });

  it('handles Indonesian institutions and places in one sentence', () => {
    const found = scan(
      'Kemenlu RI dan BMKG menggelar rapat di Kota Medan, Sumatera Utara, bersama Polda Metro Jaya dan DPR.',
    );
    expect(found.map((f) => [f.text, f.code])).toEqual([
      ['Kemenlu RI', 'IDNGOV'],
      ['BMKG', 'IDNGOV'],
      ['Kota Medan', 'IDN'],
      ['Sumatera Utara', 'IDN'],
      ['Polda Metro Jaya', 'IDNCOP'],
      ['DPR', 'IDNLEG'],
    ]);
  });

  it('tells a name written as in the data from a common word matched case-insensitively', () => {
    const ts = tokens('Pasukan itu kembali ke medan perang, kata warga Medan.');
    const lower = dict.matchAt(ts, 4);
    expect(lower[0].entry.id).toBe('idn-kota-medan');
    expect(lower[0].exactCase).toBe(false);
    const proper = dict.matchAt(ts, ts.lastIndexOf('Medan'));
    expect(proper[0]).toMatchObject({ exactCase: true, length: 1 });
    // a headline in capitals is not exact either: the linker decides what casing it accepts
    expect(dict.matchAt(tokens('KOREA UTARA MEMBANTAH'), 0)[0]).toMatchObject({
      length: 2,
      exactCase: false,
    });
  });

  it('matches names the tokenizer cut at punctuation', () => {
    const ts = ['Kab', '.', 'Bogor', 'dan', 'PDI', '-', 'P'];
    expect(dict.matchAt(ts, 0)[0]).toMatchObject({ length: 3 });
    expect(dict.matchAt(ts, 4)[0].entry.id).toBe('idn-pdip');
    expect(dict.matchAt(ts, 4)[0].length).toBe(3);
  });
});
