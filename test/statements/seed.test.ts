import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/statements/index.js';
import { doc, entities, view } from './helpers.js';

const seedPath = new URL('../../examples/000_ed4e84306170659b.txt', import.meta.url);
const body = readFileSync(seedPath, 'utf8').split('\n').slice(2).join('\n');
const d = doc(body, { lang: 'id', published: '2022-11' });

// The entities of EXPECTED.md, built by hand so that this test checks the statements layer alone.
const ents = entities(d, [
  { id: 'prk', name: 'North Korea', kind: 'country', forms: ['Korea Utara', 'Korut', 'Pyongyang', 'DPRK'] },
  { id: 'rus', name: 'Russia', kind: 'country', forms: ['Rusia', 'Moskow'] },
  { id: 'usa', name: 'United States', kind: 'country', forms: ['Amerika Serikat', 'AS', 'Washington'] },
  { id: 'ukr', name: 'Ukraine', kind: 'country', forms: ['Ukraina'] },
  { id: 'wh', name: 'White House', kind: 'organization', forms: ['Gedung Putih'] },
  {
    id: 'kirby',
    name: 'John Kirby',
    kind: 'person',
    forms: ['John Kirby', 'Kirby'],
    role: 'Juru bicara Keamanan Nasional Gedung Putih',
  },
  {
    id: 'mod',
    name: 'North Korean defence ministry',
    kind: 'organization',
    forms: ['kementerian pertahanan Korea Utara'],
  },
  {
    id: 'official',
    name: 'defence ministry official',
    kind: 'person',
    forms: ['Seorang pejabat kementerian pertahanan Korea Utara', 'pejabat itu'],
  },
  { id: 'kcna', name: 'KCNA', kind: 'media', forms: ['kantor berita KCNA'] },
  { id: 'gn', name: 'Global News', kind: 'media', forms: ['Global News'] },
  { id: 'unsc', name: 'UN Security Council', kind: 'igo', forms: ['Dewan Keamanan PBB'] },
  { id: 'cha', name: 'Victor Cha', kind: 'person', forms: ['Victor Cha', 'Cha'] },
  {
    id: 'csis',
    name: 'CSIS',
    kind: 'organization',
    forms: ['Center for Strategic and International Studies', 'CSIS'],
  },
  { id: 'me', name: 'Middle East', kind: 'region', forms: ['Timur Tengah'] },
  { id: 'na', name: 'North Africa', kind: 'region', forms: ['Afrika Utara'] },
]);

const st = extractStatements(d, ents);

describe('statements of the seed article (EXPECTED.md S1–S12)', () => {
  it('finds exactly twelve statements, in text order with ids s1…s12', () => {
    expect(st.map((s) => s.id)).toEqual(Array.from({ length: 12 }, (_, i) => `s${i + 1}`));
  });

  const expected: [string, string, string, string, string][] = [
    ['indirect', 'prk', 'mengatakan bahwa', 'explicit', 'mereka tidak pernah melakukan transaksi senjata'],
    ['indirect', 'prk', 'menegaskan', 'pronoun', 'tidak memiliki rencana untuk melakukannya'],
    ['indirect', 'usa', 'mengatakan', 'explicit', 'Korea Utara tampaknya memasok Rusia'],
    ['indirect', 'kirby', 'mengatakan', 'explicit', 'Amerika Serikat memiliki informasi'],
    ['direct', 'kirby', 'sebut', 'explicit', 'Korea Utara berusaha untuk mengaburkan pengiriman'],
    ['indirect', 'official', 'menyebut', 'explicit', 'tuduhan itu sebagai rumor'],
    ['direct', 'official', 'mengatakan', 'explicit', 'Pyongyang tidak pernah memiliki urusan senjata'],
    ['direct', 'official', 'kata', 'anaphor', 'Kami menganggap langkah AS'],
    ['direct', 'cha', 'kata', 'explicit', 'Korea Utara jelas menggunakan perang Ukraina'],
    ['indirect', 'cha', 'katanya', 'context', 'Komentar Kirby menyarankan Washington akan mengawasi'],
    ['indirect', 'cha', 'tambah', 'explicit', 'Amerika Serikat memiliki kapasitas untuk melacak'],
    ['direct', 'cha', 'pungkasnya', 'pronoun', 'Untuk menghindari pertengkaran militer'],
  ];
  expected.forEach(([kind, speaker, cue, resolution, starts], i) => {
    it(`S${i + 1}: ${kind} · ${speaker} · ${cue} · ${resolution}`, () => {
      const s = st[i];
      expect({ kind: s.kind, speaker: s.speaker, cue: s.cue.text, resolution: s.resolution }).toEqual({
        kind,
        speaker,
        cue,
        resolution,
      });
      expect(s.content.text.startsWith(starts)).toBe(true);
    });
  });

  it('every span points at its text', () => {
    for (const s of st) {
      expect(d.text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
      expect(d.text.slice(s.content.start, s.content.end)).toBe(s.content.text);
      const sent = d.sentences[s.sentence];
      expect(s.cue.start >= sent.start && s.cue.end <= sent.end).toBe(true);
    }
  });

  it('drops the closing comma and final stop from a quotation’s content', () => {
    expect(st[4].content.text.endsWith('apakah pengiriman telah diterima')).toBe(true);
    expect(st[6].content.text.endsWith('di masa depan')).toBe(true);
    expect(st[7].content.text.endsWith('terhadap DPRK')).toBe(true);
  });

  it('S8 carries channel KCNA, citation Global News and date 2022-11-08', () => {
    expect(st[7]).toMatchObject({ channel: 'kcna', cited_by: 'gn', date: '2022-11-08' });
    expect(st[7].channel_text).toBe('melalui kantor berita KCNA');
  });

  it('records no channel or citation where the attribution names none', () => {
    for (const s of st.filter((x) => x.id !== 's8')) expect([s.channel, s.cited_by]).toEqual([null, null]);
  });

  it('keeps the nested scare quote inside S8 and makes no statement of it', () => {
    expect(st[7].content.text).toContain("'resolusi sanksi'");
    expect(st.some((s) => s.content.text === 'resolusi sanksi')).toBe(false);
  });
});

describe('the seed article end to end through the entities layer', () => {
  const entitiesModule = new URL('../../src/extract/entities/index.ts', import.meta.url);
  it.skipIf(!existsSync(entitiesModule))(
    'yields the twelve statements with the expected cues and kinds',
    async () => {
      const { extractEntities } = await import('../../src/extract/entities/index.js');
      const found = extractEntities(d);
      const out = extractStatements(d, found);
      expect(view(out).map((s) => [s.kind, s.cue])).toEqual(seedCues.map(([k, , c]) => [k, c]));
      const byId = new Map(found.map((e) => [e.id, e]));
      const name = (id: string | null) => (id ? byId.get(id)?.name : null);
      expect(name(out[0].speaker)).toBe('North Korea');
      expect(name(out[1].speaker)).toBe('North Korea');
      expect(name(out[2].speaker)).toBe('United States');
      expect(name(out[3].speaker)).toBe('John Kirby');
      expect(out[7].date).toBe('2022-11-08');
      expect(byId.get(out[7].channel ?? '')?.kind).toBe('media');
      expect(byId.get(out[7].cited_by ?? '')?.kind).toBe('media');
    },
  );
});

const seedCues: [string, string, string][] = [
  ['indirect', 'prk', 'mengatakan bahwa'],
  ['indirect', 'prk', 'menegaskan'],
  ['indirect', 'usa', 'mengatakan'],
  ['indirect', 'kirby', 'mengatakan'],
  ['direct', 'kirby', 'sebut'],
  ['indirect', 'official', 'menyebut'],
  ['direct', 'official', 'mengatakan'],
  ['direct', 'official', 'kata'],
  ['direct', 'cha', 'kata'],
  ['indirect', 'cha', 'katanya'],
  ['indirect', 'cha', 'tambah'],
  ['direct', 'cha', 'pungkasnya'],
];
