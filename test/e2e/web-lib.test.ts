// The web UI's pure parts, without a browser: cutting text into highlighted runs, a claim in plain
// words, the evidence window for one source, the article's marks, hash routes. Real Indonesian
// sentences with real offsets.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/types.js';
import en from '../../web/src/i18n/en.json';
import id from '../../web/src/i18n/id.json';
import { articleMarks, lookup } from '../../web/src/lib/articleMarks.js';
import { evidenceView, viaNames } from '../../web/src/lib/evidence.js';
import { fill, proposition } from '../../web/src/lib/proposition.js';
import { href, parse } from '../../web/src/lib/router.js';
import { paragraphs, segment, sentenceWindow, target } from '../../web/src/lib/segments.js';

const TEXT =
  'Menteri Luar Negeri Retno Marsudi mengatakan bahwa Indonesia memprotes kapal China. ' +
  'Beijing membantah tuduhan itu.\n\nKapal itu disebut memasok bahan bakar ke Vietnam melalui Laut Natuna Utara.';

function at(needle: string, from = 0) {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(needle);
  return { start, end: start + needle.length, text: needle };
}

const s1End = TEXT.indexOf('Beijing');
const s2End = TEXT.indexOf('\n\n');
const ANALYSIS: Analysis = {
  version: 1,
  document: {
    id: 'd1',
    input_id: null,
    source: 'x.txt',
    lang: 'id',
    published: '2025-06-24',
    byline: null,
    dateline: null,
    title: null,
    url: null,
    text: TEXT,
    sentences: [
      { start: 0, end: s1End - 1 },
      { start: s1End, end: s2End },
      { start: s2End + 2, end: TEXT.length },
    ],
    repairs: [],
  },
  entities: [
    {
      id: 'e1',
      name: 'Retno Marsudi',
      kind: 'person',
      code: 'IDNGOV',
      role: null,
      affiliation: null,
      mentions: [at('Retno Marsudi')],
    },
    {
      id: 'e2',
      name: 'China',
      kind: 'country',
      code: 'CHN',
      role: null,
      affiliation: null,
      mentions: [at('China'), at('Beijing')],
    },
    {
      id: 'e3',
      name: 'Indonesia',
      kind: 'country',
      code: 'IDN',
      role: null,
      affiliation: null,
      mentions: [at('Indonesia')],
    },
    {
      id: 'e4',
      name: 'Vietnam',
      kind: 'country',
      code: 'VNM',
      role: null,
      affiliation: null,
      mentions: [at('Vietnam')],
    },
    {
      id: 'e5',
      name: 'Laut Natuna Utara',
      kind: 'location',
      code: null,
      role: null,
      affiliation: null,
      mentions: [at('Laut Natuna Utara')],
    },
  ],
  statements: [
    {
      id: 's1',
      kind: 'indirect',
      speaker: 'e1',
      cue: at('mengatakan bahwa'),
      content: at('Indonesia memprotes kapal China'),
      resolution: 'explicit',
      channel: null,
      cited_by: null,
      date: null,
      sentence: 0,
    },
  ],
  events: [
    {
      id: 'v1',
      category: 'PROTEST',
      mode: [],
      context: [],
      actor: ['e3'],
      recipient: ['e2'],
      object: null,
      via: [],
      date: null,
      sources: [{ source: 'e1', factuality: 'CT+', statement: 's1' }],
      about: null,
      trigger: at('memprotes'),
      evidence: [{ start: 0, end: s1End - 1, sentence: 0 }],
      why: 'test',
    },
    {
      id: 'v2',
      category: 'AID',
      mode: [],
      context: [],
      actor: ['e2'],
      recipient: ['e4'],
      object: 'bahan bakar',
      via: ['e5'],
      date: null,
      sources: [{ source: 'author', factuality: 'PR+' }],
      about: null,
      trigger: at('memasok'),
      evidence: [{ start: s2End + 2, end: TEXT.length, sentence: 2 }],
      why: 'test',
    },
  ],
};

describe('segment', () => {
  it('cuts overlapping spans into flat runs whose text is the text slice', () => {
    const content = at('Indonesia memprotes kapal China');
    const trigger = at('memprotes');
    const runs = segment(TEXT, [
      { ...content, kind: 'content', ref: 's1' },
      { ...trigger, kind: 'trigger', ref: 'v1' },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(TEXT);
    const hit = runs.find((r) => r.text === 'memprotes');
    expect(hit?.marks.map((m) => m.kind).sort()).toEqual(['content', 'trigger']);
    // A click on the trigger opens the event: the narrowest mark wins.
    expect(target(hit!)?.ref).toBe('v1');
    expect(runs.find((r) => r.text === 'Indonesia ')?.marks.map((m) => m.kind)).toEqual(['content']);
  });

  it('clips to a window and ignores inverted or out-of-range marks', () => {
    const w = { start: s1End, end: s2End };
    const runs = segment(
      TEXT,
      [
        { start: 0, end: s1End + 7, kind: 'evidence' },
        { start: 50, end: 40, kind: 'cue' },
      ],
      w.start,
      w.end,
    );
    expect(runs.map((r) => r.text).join('')).toBe('Beijing membantah tuduhan itu.');
    expect(runs[0]).toMatchObject({ text: 'Beijing', marks: [{ kind: 'evidence' }] });
  });

  it('keeps markup in article text as plain text runs', () => {
    const evil = 'Kata dia <script>alert(1)</script> dan <img src=x onerror=alert(2)>.';
    const runs = segment(evil, [{ start: 9, end: 17, kind: 'entity' }]);
    expect(runs.map((r) => r.text)).toEqual([
      'Kata dia ',
      '<script>',
      'alert(1)</script> dan <img src=x onerror=alert(2)>.',
    ]);
  });

  it('finds whole sentences around a span, and paragraphs between line breaks', () => {
    const sentences = ANALYSIS.document.sentences;
    const span = at('membantah');
    expect(sentenceWindow(sentences, span.start, span.end, 0)).toEqual(sentences[1]);
    expect(sentenceWindow(sentences, span.start, span.end, 1)).toEqual({ start: 0, end: TEXT.length });
    expect(paragraphs(TEXT).map((p) => TEXT.slice(p.start, p.end))).toEqual([
      TEXT.slice(0, s2End),
      TEXT.slice(s2End + 2),
    ]);
  });
});

describe('proposition', () => {
  const claim = {
    category: 'AID',
    mode: ['military'],
    actors: [{ name: 'North Korea', code: 'PRK' }],
    recipients: [{ name: 'Russia', code: 'RUS' }],
    object: 'peluru artileri',
    via: ['Middle East', 'North Africa'],
  };

  it('says a claim in plain words in English and Indonesian', () => {
    expect(proposition(en, claim)).toBe(
      'North Korea supplies peluru artileri to Russia (via Middle East, North Africa)',
    );
    expect(proposition(id, claim)).toBe(
      'North Korea memasok peluru artileri kepada Russia (melalui Middle East, North Africa)',
    );
  });

  it('drops the parts it has nothing for, and prefers a mode-specific template', () => {
    expect(proposition(en, { ...claim, object: null, via: [] })).toBe('North Korea supplies to Russia');
    expect(
      proposition(en, {
        category: 'COERCE',
        mode: ['arrest'],
        actors: [{ name: 'KPK', code: null }],
        recipients: [],
        object: 'tiga orang',
      }),
    ).toBe('KPK arrests tiga orang');
    expect(proposition(en, { category: 'REJECT', mode: [], actors: [], recipients: [], object: null })).toBe(
      'someone rejects',
    );
    expect(fill('{a}[ to {b}][ ({c})]', { a: 'x', b: '', c: 'y' })).toBe('x (y)');
  });

  it('has every interface string in both languages', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(id)) expect(v.trim(), k).not.toBe('');
  });
});

describe('evidenceView', () => {
  it("shows the source's statement sentence with speaker, cue, content and trigger marked", () => {
    const view = evidenceView(ANALYSIS, 'v1', 's1', 'e1', 1);
    expect(view.speaker?.name).toBe('Retno Marsudi');
    expect(view.core).toEqual(ANALYSIS.document.sentences[0]);
    expect(view.window).toEqual({ start: 0, end: s2End }); // one sentence of context after
    const kinds = (k: string) =>
      view.marks.filter((m) => m.kind === k).map((m) => TEXT.slice(m.start, m.end));
    expect(kinds('speaker')).toEqual(['Retno Marsudi']);
    expect(kinds('cue')).toEqual(['mengatakan bahwa']);
    expect(kinds('content')).toEqual(['Indonesia memprotes kapal China']);
    expect(kinds('trigger')).toEqual(['memprotes']);
    expect(kinds('context')).toEqual([TEXT.slice(s1End - 1, s2End)]);
  });

  it("falls back to the trigger's sentence for the author, and names the places an event went through", () => {
    const view = evidenceView(ANALYSIS, 'v2', null, 'author', 0);
    expect(TEXT.slice(view.window.start, view.window.end)).toContain('melalui Laut Natuna Utara');
    expect(view.marks.some((m) => m.kind === 'speaker')).toBe(false);
    expect(viaNames(ANALYSIS, view.event)).toEqual(['Laut Natuna Utara']);
  });

  it('survives an event the document no longer has', () => {
    const view = evidenceView(ANALYSIS, 'v9', null, 'author');
    expect(view.event).toBeNull();
    expect(view.window.end).toBeGreaterThan(0);
  });
});

describe('article marks', () => {
  const all = { entities: true, statements: true, events: true };

  it('marks every layer, and the speaker of a selected statement', () => {
    const marks = articleMarks(ANALYSIS, all, lookup(ANALYSIS, 's1'));
    const speaker = marks.filter((m) => m.kind === 'speaker').map((m) => TEXT.slice(m.start, m.end));
    expect(speaker).toEqual(['Retno Marsudi']);
    expect(marks.filter((m) => m.kind === 'entity')).toHaveLength(6);
    expect(marks.filter((m) => m.kind === 'trigger').map((m) => m.ref)).toEqual(['v1', 'v2']);
  });

  it('marks all mentions of a selected entity, with layers off', () => {
    const none = { entities: false, statements: false, events: false };
    const marks = articleMarks(ANALYSIS, none, lookup(ANALYSIS, 'e2'));
    expect(marks.map((m) => TEXT.slice(m.start, m.end))).toEqual(['China', 'Beijing']);
    expect(lookup(ANALYSIS, 'nothing')).toBeNull();
  });
});

describe('routes', () => {
  it('round-trips pages, ids and parameters through the hash', () => {
    const h = href('claim', 'c41c/1', { q: 'senjata api', empty: '' });
    expect(h).toBe('#/claim/c41c%2F1?q=senjata+api');
    const r = parse(h);
    expect(r).toMatchObject({ page: 'claim', id: 'c41c/1' });
    expect(r.params.get('q')).toBe('senjata api');
    expect(parse('#/nowhere').page).toBe('search');
    expect(parse('').page).toBe('search');
  });
});
