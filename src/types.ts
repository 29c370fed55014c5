// Plain data passed between pipeline stages. The Analysis shape is the public JSON contract
// (docs/contract.md); its zod schema lives in src/analysis-schema.ts for validation at the edges.

/** Where an article came from, precise enough for an error message or a provenance link. */
export interface Origin {
  file: string; // path, URL or "-" for stdin
  line?: number; // 1-based line for JSONL / feed item index
  byte?: number; // byte offset in the file (WARC record, binary garbage)
  record?: string; // WARC record id, feed item guid …
}

/** What a reader produces: one article, not yet normalized. */
export interface RawArticle {
  id?: string; // the input's own id (JSONL `id`), kept in the output
  source: string; // path or URL shown to users
  text: string; // body text, paragraphs separated by blank lines
  title?: string | null;
  url?: string | null;
  published?: string | null; // ISO date at the precision the source gives
  byline?: string | null;
  dateline?: string | null;
  lang?: string | null; // ISO 639-1 if the source says so
  origin: Origin;
}

/** A reader error: fatal for one article, never for a batch. */
export interface ReadError {
  origin: Origin;
  message: string;
}

export type ReadResult = { ok: true; article: RawArticle } | { ok: false; error: ReadError };

/** Half-open [start, end) UTF-16 offsets into Document.text, with the text they cover. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One repair made by normalization. `original` indexes the raw input; `at` indexes the normalized text. */
export interface Repair {
  kind: string; // e.g. missing-space, split-word, glued-number, doubled-quote, boilerplate, nbsp, zero-width, quote-style
  original: Span;
  replacement: string;
  at: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
}

export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  sentence: number;
}

/** A quotation including its marks: [start, end) covers open and close marks; inner excludes them. */
export interface Quotation {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  open: string;
  close: string;
  depth: number; // 0 = outermost double quote, 1 = nested single quote …
  closed: boolean; // false when the article ends (or a paragraph rule ends it) before a close mark
}

export interface Document {
  id: string; // stable hash of the normalized text
  source: string;
  inputId: string | null;
  lang: string;
  published: string | null;
  byline: string | null;
  dateline: string | null;
  title: string | null;
  url: string | null;
  text: string;
  repairs: Repair[];
  paragraphs: { start: number; end: number }[];
  sentences: Sentence[];
  tokens: Token[];
  quotes: Quotation[];
}

export type EntityKind = 'person' | 'organization' | 'country' | 'location' | 'region' | 'media' | 'igo';

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  code: string | null;
  role: string | null;
  affiliation: string | null; // entity id
  mentions: Span[];
}

export type Factuality = 'CT+' | 'PR+' | 'PS+' | 'CT-' | 'PR-' | 'PS-' | 'Uu';

export interface Statement {
  id: string;
  kind: 'direct' | 'indirect';
  speaker: string | null;
  cue: Span;
  content: Span;
  resolution: 'explicit' | 'pronoun' | 'anaphor' | 'context' | null;
  channel: string | null;
  cited_by: string | null;
  date: string | null;
  sentence: number;
  /** The channel as written (`kepada wartawan`, `di Instagram pribadinya`) when there is one. */
  channel_text?: string;
  /** What the cue verb does: assert, deny (`membantah`), claim, accuse, opinion, question. */
  polarity?: 'assert' | 'deny' | 'claim' | 'accuse' | 'opinion' | 'question';
}

export interface EventSource {
  source: string; // entity id or "author"
  factuality: Factuality;
  statement?: string;
}

export interface Event {
  id: string;
  category: string;
  mode: string[];
  context: string[];
  actor: string[];
  recipient: string[];
  object: string | null;
  via: string[];
  date: string | null;
  sources: EventSource[];
  about: string | null;
  trigger: Span;
  evidence: { start: number; end: number; sentence: number }[];
  why: string;
}

export interface AnalysisDocument {
  id: string;
  input_id: string | null;
  source: string;
  lang: string;
  published: string | null;
  byline: string | null;
  dateline: string | null;
  title: string | null;
  url: string | null;
  text: string;
  sentences: { start: number; end: number }[];
  repairs: Repair[];
}

export interface Analysis {
  version: 1;
  document: AnalysisDocument;
  entities: Entity[];
  statements: Statement[];
  events: Event[];
}
