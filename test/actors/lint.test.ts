import { describe, expect, it } from 'vitest';
import { parseCode } from '../../src/lang/actors/codes.js';
import { buildDictionary } from '../../src/lang/actors/dictionary.js';
import { lintActors } from '../../src/lang/actors/lint.js';
import type { Actor } from '../../src/lang/actors/model.js';
import { readActorTsv } from '../../src/lang/actors/read.js';
import { loadActors, readActors, readSectors } from '../../src/lang/actors.js';

const sectors = readSectors();
const HEADER = 'id\tname\tkind\tcode\tcountry\tparent\taliases_id\taliases_en\tambiguous\n';
const COUNTRIES = 'usa\tUnited States\tcountry\tUSA\tUSA\t\tAmerika Serikat|AS\n';

function fromTsv(text: string) {
  const into = new Map<string, Actor>();
  readActorTsv(HEADER + COUNTRIES + text, 'test.tsv', into);
  return buildDictionary([...into.values()]);
}

describe('the actor data', () => {
  it('has no lint problems', () => {
    const problems = lintActors(loadActors(), sectors);
    expect(problems.map((p) => `${p.where} ${p.actor}: ${p.message}`)).toEqual([]);
  });

  it('has unique ids and over a thousand actors', () => {
    const actors = readActors();
    expect(new Set(actors.map((a) => a.id)).size).toBe(actors.length);
    expect(actors.length).toBeGreaterThan(1000);
  });

  it('gives every actor at least one alias and a kind', () => {
    for (const a of loadActors().actors) {
      expect(a.aliases.name.length + a.aliases.id.length, a.id).toBeGreaterThan(0);
      expect(a.kind, a.id).toBeTruthy();
    }
  });
});

describe('lint catches bad data', () => {
  it('rejects a second definition of an id', () => {
    expect(() => fromTsv('usa\tUSA again\tcountry\tUSA\tUSA\t\t\n')).toThrow(/duplicate id "usa"/);
  });

  it('rejects an extension row that contradicts the actor', () => {
    expect(() => fromTsv('usa\t\t\tRUS\t\t\tAmerika\n')).toThrow(/code "RUS" differs/);
  });

  it('rejects a misspelt column rather than dropping its aliases', () => {
    const into = new Map<string, Actor>();
    expect(() => readActorTsv('id\tname\tkind\talias_id\nx\tX\tcountry\tEks\n', 'typo.tsv', into)).toThrow(
      /unknown column\(s\) alias_id/,
    );
  });

  it('flags malformed codes and unknown parents', () => {
    const dict = fromTsv('x-org\tX\torganization\tUSAXXX\tUSA\tnobody\tOrganisasi X\n');
    const messages = lintActors(dict, sectors).map((p) => p.message);
    expect(messages.some((m) => m.includes('"XXX" is neither a country nor a sector'))).toBe(true);
    expect(messages).toContain('unknown parent nobody');
  });

  it('flags one alias for two unmarked actors of different codes, and accepts the marked pair', () => {
    const clash = fromTsv(
      'a-party\tA\torganization\tUSAPTY\tUSA\t\tPartai Besar\nb-party\tB\torganization\tUSALEG\tUSA\t\tPartai Besar\n',
    );
    expect(lintActors(clash, sectors).map((p) => p.message)).toEqual([
      '"Partai Besar" → a-party (USAPTY), b-party (USALEG): different codes, none marked ambiguous',
    ]);
    const marked = fromTsv(
      'a-party\tA\torganization\tUSAPTY\tUSA\t\tPartai Besar\t\tPartai Besar\nb-party\tB\torganization\tUSALEG\tUSA\t\tPartai Besar\t\tPartai Besar\n',
    );
    expect(lintActors(marked, sectors)).toEqual([]);
  });

  it('flags an ambiguity mark that names no alias', () => {
    const dict = fromTsv('a-org\tA\torganization\tUSAGOV\tUSA\t\tBadan A\t\tBadan B\n');
    expect(lintActors(dict, sectors).map((p) => p.message)).toEqual([
      'ambiguity mark "Badan B" is not one of its aliases',
    ]);
  });
});

describe('codes', () => {
  const countries = new Set(['USA', 'PRK', 'IDN']);
  it('splits country, organisation and sectors', () => {
    expect(parseCode('PRKMIL', countries, sectors)).toEqual({ country: 'PRK', org: null, sectors: ['MIL'] });
    expect(parseCode('IGOUNO', countries, sectors)).toEqual({ country: null, org: 'UNO', sectors: [] });
    expect(parseCode('IGOUNOREF', countries, sectors)).toEqual({
      country: null,
      org: 'UNO',
      sectors: ['REF'],
    });
    expect(parseCode('MED', countries, sectors)).toEqual({ country: null, org: null, sectors: ['MED'] });
    expect(parseCode('IDNGOVHRI', countries, sectors)).toEqual({
      country: 'IDN',
      org: null,
      sectors: ['GOV', 'HRI'],
    });
  });
  it('rejects what is not a code', () => {
    expect(typeof parseCode('USAG', countries, sectors)).toBe('string');
    expect(typeof parseCode('usa', countries, sectors)).toBe('string');
    expect(typeof parseCode('XYZGOV', countries, sectors)).toBe('string');
  });
});
