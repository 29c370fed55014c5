// Hand-made Analyses that follow the contract: real Indonesian/English sentences, real offsets.
import { createHash } from 'node:crypto';
import type { Analysis, Entity, EntityKind, Event, EventSource, Span, Statement } from '../../src/types.js';

export function span(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length, text: needle };
}

export interface EntitySpec {
  id: string;
  name: string;
  kind: EntityKind;
  code: string | null;
  surface: string[];
  role?: string;
}

export interface StatementSpec {
  id: string;
  speaker: string | null;
  cue: string;
  content: string;
  kind?: 'direct' | 'indirect';
}

export interface EventSpec {
  id: string;
  category: string;
  mode?: string[];
  actor: string[];
  recipient: string[];
  object?: string | null;
  date?: string | null;
  trigger: string;
  sources: EventSource[];
}

export interface ArticleSpec {
  text: string;
  lang?: string;
  source?: string;
  url?: string | null;
  inputId?: string | null;
  published?: string | null;
  title?: string | null;
  entities?: EntitySpec[];
  statements?: StatementSpec[];
  events?: EventSpec[];
}

function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^.!?]+[.!?]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

export function article(spec: ArticleSpec): Analysis {
  const { text } = spec;
  const sentences = sentencesOf(text);
  const sentenceAt = (offset: number) =>
    Math.max(
      0,
      sentences.findIndex((s) => s.start <= offset && offset < s.end),
    );
  const entities: Entity[] = (spec.entities ?? []).map((e) => {
    const mentions: Span[] = [];
    for (const s of e.surface) {
      let from = 0;
      for (let i = text.indexOf(s, from); i >= 0; i = text.indexOf(s, from)) {
        mentions.push({ start: i, end: i + s.length, text: s });
        from = i + s.length;
      }
    }
    return {
      id: e.id,
      name: e.name,
      kind: e.kind,
      code: e.code,
      role: e.role ?? null,
      affiliation: null,
      mentions,
    };
  });
  const statements: Statement[] = (spec.statements ?? []).map((s) => {
    const content = span(text, s.content);
    return {
      id: s.id,
      kind: s.kind ?? 'indirect',
      speaker: s.speaker,
      cue: span(text, s.cue),
      content,
      resolution: s.speaker ? 'explicit' : null,
      channel: null,
      cited_by: null,
      date: null,
      sentence: sentenceAt(content.start),
    };
  });
  const events: Event[] = (spec.events ?? []).map((v) => {
    const trigger = span(text, v.trigger);
    const sentence = sentenceAt(trigger.start);
    const sent = sentences[sentence];
    return {
      id: v.id,
      category: v.category,
      mode: v.mode ?? [],
      context: [],
      actor: v.actor,
      recipient: v.recipient,
      object: v.object ?? null,
      via: [],
      date: v.date ?? null,
      sources: v.sources,
      about: null,
      trigger,
      evidence: [{ start: sent.start, end: sent.end, sentence }],
      why: 'fixture',
    };
  });
  return {
    version: 1,
    document: {
      id: createHash('sha256').update(text).digest('hex').slice(0, 16),
      input_id: spec.inputId ?? null,
      source: spec.source ?? 'fixture.jsonl',
      lang: spec.lang ?? 'id',
      published: spec.published ?? null,
      byline: null,
      dateline: null,
      title: spec.title ?? null,
      url: spec.url ?? null,
      text,
      sentences,
      repairs: [],
    },
    entities,
    statements,
    events,
  };
}

export const PRK: Omit<EntitySpec, 'id' | 'surface'> = { name: 'North Korea', kind: 'country', code: 'PRK' };
export const RUS: Omit<EntitySpec, 'id' | 'surface'> = { name: 'Russia', kind: 'country', code: 'RUS' };
export const USA: Omit<EntitySpec, 'id' | 'surface'> = {
  name: 'United States',
  kind: 'country',
  code: 'USA',
};
export const SYR: Omit<EntitySpec, 'id' | 'surface'> = { name: 'Syria', kind: 'country', code: 'SYR' };

/** The United States says North Korea probably supplies artillery shells to Russia (PR+). */
export function assertion(): Analysis {
  const text =
    'Amerika Serikat mengatakan Korea Utara tampaknya memasok peluru artileri kepada Rusia untuk perangnya di Ukraina. ' +
    'Washington menyebut pengirimannya melalui Timur Tengah.';
  return article({
    text,
    url: 'https://contoh.id/berita/1',
    published: '2022-11-02',
    title: 'AS: Korea Utara pasok peluru ke Rusia',
    entities: [
      { id: 'e1', ...USA, surface: ['Amerika Serikat', 'Washington'] },
      { id: 'e2', ...PRK, surface: ['Korea Utara'] },
      { id: 'e3', ...RUS, surface: ['Rusia'] },
    ],
    statements: [
      {
        id: 's1',
        speaker: 'e1',
        cue: 'mengatakan',
        content: 'Korea Utara tampaknya memasok peluru artileri kepada Rusia untuk perangnya di Ukraina',
      },
    ],
    events: [
      {
        id: 'v1',
        category: 'AID',
        mode: ['military'],
        actor: ['e2'],
        recipient: ['e3'],
        object: 'peluru artileri',
        trigger: 'memasok',
        sources: [{ source: 'e1', factuality: 'PR+', statement: 's1' }],
      },
    ],
  });
}

/** North Korea says it never sent artillery shells to Russia (CT-). */
export function denial(): Analysis {
  const text =
    'Pyongyang menegaskan tidak pernah mengirim peluru artileri ke Rusia. ' +
    'Pejabat kementerian pertahanan menyebut tuduhan itu sebagai rumor.';
  return article({
    text,
    url: 'https://kabar.id/2022/11/bantahan',
    published: '2022-11-08',
    title: 'Korea Utara membantah',
    entities: [
      { id: 'e1', ...PRK, surface: ['Pyongyang'] },
      { id: 'e2', ...RUS, surface: ['Rusia'] },
    ],
    statements: [
      {
        id: 's1',
        speaker: 'e1',
        cue: 'menegaskan',
        content: 'tidak pernah mengirim peluru artileri ke Rusia',
      },
    ],
    events: [
      {
        id: 'v1',
        category: 'AID',
        mode: ['military'],
        actor: ['e1'],
        recipient: ['e2'],
        object: 'peluru artileri',
        trigger: 'mengirim',
        sources: [{ source: 'e1', factuality: 'CT-', statement: 's1' }],
      },
    ],
  });
}
