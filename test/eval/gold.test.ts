// The article gold scorer: alternatives with `|`, swapped parties in symmetric categories, parties named
// by their words, and a country's government and organs answering to the country.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGold, scoreAgainstGold } from '../../src/eval/gold.js';
import { analyzeText } from '../helpers/analyze.js';

const entity = (name: string, code: string | null, forms: string[], kind = 'country') => ({
  name,
  kind,
  code,
  forms,
});
function goldFile(events: unknown[], entities: unknown[]) {
  const dir = mkdtempSync(join(tmpdir(), 'warta-gold-'));
  const path = join(dir, 'g.json');
  writeFileSync(path, JSON.stringify({ file: 'x.txt', entities, statements: [], events }));
  return readGold(path);
}
const event = (category: string, actor: string, recipient: string | null) => ({
  category,
  actor,
  recipient,
  sources: [{ source: 'author', factuality: 'CT+' }],
  trigger: 'x',
});

describe('scoring events against article gold', () => {
  const a = analyzeText('Pemerintah India menuding Pakistan mendukung kelompok bersenjata.', { lang: 'id' });

  it('a country’s government answers to the country; another country does not', () => {
    const ents = [entity('India', 'IND', ['India']), entity('Pakistan', 'PAK', ['Pakistan'])];
    expect(scoreAgainstGold(a, goldFile([event('ACCUSE', 'India', 'Pakistan')], ents)).events.tp).toBe(1);
    expect(scoreAgainstGold(a, goldFile([event('ACCUSE', 'Pakistan', 'India')], ents)).events.tp).toBe(0);
  });

  it('a state organ answers to its state; the state answers to a gold government; no other state', () => {
    const b = analyzeText(
      'Kementerian Pertahanan China mengkritik penjualan senjata itu. Departemen Luar Negeri AS menepis kritik tersebut.',
      { lang: 'id' },
    );
    const ents = [
      entity('China', 'CHN', ['China']),
      entity('United States', 'USA', ['AS']),
      entity('Japan', 'JPN', ['Jepang']),
    ];
    expect(scoreAgainstGold(b, goldFile([event('REJECT', 'United States', 'China')], ents)).events.tp).toBe(
      1,
    );
    expect(scoreAgainstGold(b, goldFile([event('REJECT', 'United States', 'Japan')], ents)).events.tp).toBe(
      0,
    );
    const c = analyzeText('Bangladesh meminta Myanmar menerima kembali para pengungsi.', { lang: 'id' });
    const govs = [
      entity('Government of Bangladesh', 'BGDGOV', ['Pemerintah Bangladesh'], 'organization'),
      entity('Myanmar', 'MMR', ['Myanmar']),
    ];
    expect(
      scoreAgainstGold(c, goldFile([event('REQUEST', 'Government of Bangladesh', 'Myanmar')], govs)).events
        .tp,
    ).toBe(1);
  });

  it('accepts any of the alternatives listed with |, and swapped parties only in symmetric categories', () => {
    const b = analyzeText('Indonesia dan Vietnam sepakat memperkuat kerja sama maritim.', { lang: 'id' });
    const ents = [entity('Indonesia', 'IDN', ['Indonesia']), entity('Vietnam', 'VNM', ['Vietnam'])];
    expect(
      scoreAgainstGold(b, goldFile([event('AGREE', 'Vietnam|Hanoi', 'Indonesia')], ents)).events.tp,
    ).toBe(1);
    expect(
      scoreAgainstGold(a, goldFile([event('ACCUSE', 'Pakistan', 'Pemerintah India')], [])).events.tp,
    ).toBe(0);
  });
});

describe('aligning names drawn differently', () => {
  it('a gold form that ends a mention aligns only when both carry the same code', () => {
    const a = analyzeText(
      "The United States imposed new sanctions on Iran on Tuesday. Iran's Foreign Ministry condemned the measures as illegal.",
      { lang: 'en' },
    );
    const us = entity('United States', 'USA', ['United States']);
    const ministry = (code: string) =>
      entity('Iranian Foreign Ministry', code, ['Foreign Ministry'], 'organization');
    const g = (code: string) =>
      goldFile([event('ACCUSE', 'Iranian Foreign Ministry', 'United States')], [us, ministry(code)]);
    expect(scoreAgainstGold(a, g('IRNGOV')).events.tp).toBe(1);
    expect(scoreAgainstGold(a, g('TURGOV')).events.tp).toBe(0);
  });

  it('an IGO’s bodies answer to the IGO by code', () => {
    const a = analyzeText('Israel accused the United Nations of failing to collect aid cargo.', {
      lang: 'en',
    });
    const ents = [
      entity('Israel', 'ISR', ['Israel']),
      entity('UN agencies', 'IGOUNO', ['U.N. agencies'], 'igo'),
      entity('NATO', 'IGONAT', ['NATO'], 'igo'),
    ];
    expect(scoreAgainstGold(a, goldFile([event('ACCUSE', 'Israel', 'UN agencies')], ents)).events.tp).toBe(1);
    expect(scoreAgainstGold(a, goldFile([event('ACCUSE', 'Israel', 'NATO')], ents)).events.tp).toBe(0);
  });
});

describe('unnamed officials in the gold', () => {
  it('an unnamed official answers to the body he speaks for', () => {
    const a = analyzeText(
      'Duta Besar Uni Eropa Denis Chaibi bertemu pejabat Kementerian Koordinator Bidang Perekonomian pekan lalu.',
      { lang: 'id' },
    );
    const ents = [
      entity('Denis Chaibi', 'IGOEU', ['Denis Chaibi'], 'person'),
      entity(
        'Coordinating Ministry for Economic Affairs',
        'IDNGOV',
        ['Kementerian Koordinator Bidang Perekonomian'],
        'organization',
      ),
    ];
    const g = goldFile(
      [event('CONSULT', 'Denis Chaibi', 'Coordinating Ministry for Economic Affairs')],
      ents,
    );
    expect(scoreAgainstGold(a, g).events.tp).toBe(1);
  });
});

describe('factuality of speech acts', () => {
  it('a gold speaker’s CT+ on his own speech act is held by the author’s CT+', () => {
    const a = analyzeText('Juru bicara Kemlu Roy Soemirat mengecam keras pencegatan kapal itu oleh Israel.', {
      lang: 'id',
    });
    const ents = [
      entity('Roy Soemirat', 'IDNGOV', ['Roy Soemirat'], 'person'),
      entity('Israel', 'ISR', ['Israel']),
    ];
    const ev = (source: string) => ({
      category: 'ACCUSE',
      actor: 'Roy Soemirat',
      recipient: 'Israel',
      sources: [
        { source, factuality: 'CT+' },
        { source: 'author', factuality: 'CT+' },
      ],
      trigger: 'mengecam',
    });
    expect(scoreAgainstGold(a, goldFile([ev('Roy Soemirat')], ents)).events.factualityRight).toBe(1);
    // another speaker's CT+ is not implied
    expect(scoreAgainstGold(a, goldFile([ev('Israel')], ents)).events.factualityRight).toBe(0);
  });
});
