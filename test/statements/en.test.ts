// English attribution patterns (the second language pack) on realistic wire sentences.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/statements/index.js';
import type { Statement } from '../../src/types.js';
import { analyzeText } from '../helpers/analyze.js';
import { doc, type EntitySpec, entities, view } from './helpers.js';

function run(text: string, specs: EntitySpec[]): Statement[] {
  const d = doc(text, { lang: 'en', published: '2025-11-03' });
  return extractStatements(d, entities(d, specs));
}

const WHITFIELD: EntitySpec = {
  id: 'lw',
  name: 'Laura Whitfield',
  kind: 'person',
  forms: ['Laura Whitfield', 'Whitfield'],
};
const KARIMI: EntitySpec = {
  id: 'hk',
  name: 'Hossein Karimi',
  kind: 'person',
  forms: ['Hossein Karimi', 'Karimi'],
};
const TREASURY: EntitySpec = {
  id: 'ust',
  name: 'US Treasury',
  kind: 'organization',
  forms: ['Treasury Department', 'Treasury'],
};
const IRAN: EntitySpec = { id: 'irn', name: 'Iran', kind: 'country', forms: ['Iran', 'Tehran'] };
const REUTERS: EntitySpec = { id: 'rtr', name: 'Reuters', kind: 'media', forms: ['Reuters'] };

describe('English direct quotations', () => {
  it('`“…,” X said.` and `“…,” said X.`', () => {
    const st = run(
      '"Iran continues to arm Russia\'s war against Ukraine," Deputy Treasury Secretary Laura Whitfield said in the statement. ' +
        '"These are baseless claims repeated to justify illegal sanctions," said Karimi.',
      [WHITFIELD, KARIMI, TREASURY, IRAN],
    );
    expect(view(st).map((s) => [s.kind, s.cue, s.speaker, s.resolution])).toEqual([
      ['direct', 'said', 'lw', 'explicit'],
      ['direct', 'said', 'hk', 'explicit'],
    ]);
    expect(st[0].content.text).toBe("Iran continues to arm Russia's war against Ukraine");
  });

  it('`“…,” he wrote.` resolves to the last person who spoke', () => {
    const st = run(
      'Karimi said Tehran would respond to what he called economic warfare. "Every engine that does not reach the front means one less strike," he wrote.',
      [KARIMI, IRAN],
    );
    expect(view(st).map((s) => [s.kind, s.speaker, s.resolution])).toEqual([
      ['indirect', 'hk', 'explicit'],
      ['direct', 'hk', 'pronoun'],
    ]);
  });

  it('`X told Reuters` names the outlet as the channel', () => {
    const st = run('"Treasury is playing whack-a-mole with these shipping companies," Karimi told Reuters.', [
      KARIMI,
      REUTERS,
      TREASURY,
    ]);
    expect(st[0]).toMatchObject({ speaker: 'hk', cue: { text: 'told' }, channel: 'rtr' });
  });
});

describe('English reported speech', () => {
  it('`X said (that) …`, `X told reporters that …`, `X denied …`', () => {
    const st = run(
      'Whitfield added that Washington would target banks that facilitate the shipments. ' +
        'Foreign Ministry spokesman Hossein Karimi told a weekly news conference in Tehran that Iran had not supplied any weapons. ' +
        'Karimi denied the drones had been shipped across the Caspian Sea.',
      [WHITFIELD, KARIMI, IRAN],
    );
    expect(view(st).map((s) => [s.cue, s.speaker, s.content])).toEqual([
      ['added that', 'lw', 'Washington would target banks that facilitate the shipments'],
      ['told', 'hk', 'Iran had not supplied any weapons'],
      ['denied', 'hk', 'the drones had been shipped across the Caspian Sea'],
    ]);
    expect(st[2].polarity).toBe('deny');
  });

  it('`…, the Treasury Department said.` takes the clause before the comma', () => {
    const st = run(
      'The United States on Monday imposed sanctions on four shipping companies, the Treasury Department said.',
      [TREASURY, { id: 'usa', name: 'United States', kind: 'country', forms: ['United States'] }],
    );
    expect(view(st)).toEqual([
      {
        kind: 'indirect',
        speaker: 'ust',
        cue: 'said',
        content: 'The United States on Monday imposed sanctions on four shipping companies',
        resolution: 'explicit',
      },
    ]);
  });

  it('`according to X, …` and `…, according to X.`', () => {
    const st = run(
      'According to Karimi, the shipments were legitimate commerce between neighbours. ' +
        'The engines were produced domestically, according to the Treasury.',
      [KARIMI, TREASURY],
    );
    expect(view(st).map((s) => [s.cue, s.speaker, s.content])).toEqual([
      ['According to', 'hk', 'the shipments were legitimate commerce between neighbours'],
      ['according to', 'ust', 'The engines were produced domestically'],
    ]);
  });

  it('`They said …` → the country spoken of before', () => {
    const st = run(
      'Iran rejected the accusation on Tuesday. They said the sanctions were illegal and unilateral.',
      [IRAN],
    );
    expect(view(st)).toEqual([expect.objectContaining({ speaker: 'irn', resolution: 'pronoun' })]);
  });

  it('does not take the name `United States` for the cue `states`', () => {
    const st = run('The United States imposed sanctions on four shipping companies on Monday.', []);
    expect(st).toEqual([]);
  });
});

describe('an inverted attribution with an audience after its article', () => {
  it('`“…,” spokesman X told a news conference` is X’s direct statement, with no second statement', () => {
    const a = analyzeText(
      '“Iran has never sent missiles to Russia for use in the war in Ukraine,” ministry spokesman Nasser Kanaani told a news conference in Tehran.',
      { lang: 'en' },
    );
    const name = (id: string | null) => a.entities.find((e) => e.id === id)?.name ?? null;
    expect(a.statements.map((s) => [s.kind, name(s.speaker), s.cue.text])).toEqual([
      ['direct', 'Nasser Kanaani', 'told'],
    ]);
  });
});

describe('a role written before the speaker’s name', () => {
  it('`…, army spokesman Maj. Gen. X told reporters`: the content is the clause before the comma', () => {
    const a = analyzeText(
      'Thai soldiers were wounded. One soldier lost his left leg, army spokesman Maj. Gen. Winthai Suvaree told reporters in Bangkok.',
      { lang: 'en' },
    );
    const st = a.statements.find((s) => s.cue.text === 'told');
    expect(st?.content.text).toBe('One soldier lost his left leg');
  });
});
