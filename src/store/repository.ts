// The storage interface every backend implements (SQLite today, PostgreSQL later).
// Every method is async so that a networked backend can satisfy it unchanged; the SQLite
// implementation does its work synchronously and returns settled promises.
import type { Analysis, Factuality } from '../types.js';

/** What happened to one article handed to putAnalysis. */
export type PutOutcome = 'ingested' | 'unchanged' | 'replaced';

/** Facts about the input an Analysis came from, used to detect re-ingests and updates. */
export interface PutOptions {
  /** Hash of the raw input (text + metadata): lets a resumed run skip an article before analysing it. */
  rawHash?: string | null;
  /**
   * Identity of the input slot the article came from ("file#input-id", or the path of a one-article
   * file): a new text in the same slot replaces the old document. Defaults to source#input_id.
   */
  originKey?: string | null;
  /** When false the analysis layers are not stored (language other than id/en): document only. */
  extracted?: boolean;
  /** ISO timestamp to record as ingested_at (tests pin it); defaults to now. */
  now?: string;
}

export interface PutResult {
  outcome: PutOutcome;
  id: string;
  /** Id of the document this one replaced (same URL, or same input id + source, new text). */
  replaced?: string;
}

export interface ActorRef {
  id: number;
  code: string | null;
  name: string;
  kind: string;
}

export interface ClaimFilter {
  actor?: string; // actor code (exact, e.g. PRK) or part of a canonical name
  category?: string;
  contested?: boolean;
  since?: string; // ISO date prefix; claims last seen on or after
  until?: string; // claims first seen on or before
  limit?: number;
  offset?: number;
}

export interface ClaimSourceRecord {
  document: string;
  event: string; // event id within the document
  source: string; // entity id within the document, or "author"
  sourceName: string | null;
  sourceCode: string | null;
  factuality: Factuality;
  statement: string | null;
  evidence: string; // the evidence sentence(s) text
  published: string | null;
  title: string | null;
  url: string | null;
  lang: string;
}

export interface ClaimRecord {
  id: string;
  category: string;
  mode: string[];
  actors: ActorRef[];
  recipients: ActorRef[];
  object: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  sources: number;
  documents: number;
  positive: number;
  negative: number;
  neutral: number;
  contested: boolean;
  proposition: string;
}

export interface ClaimDetail extends ClaimRecord {
  evidence: ClaimSourceRecord[];
}

export interface StatementFilter {
  speaker?: string; // speaker name (part) or actor code
  about?: string; // full-text query over the statement content
  document?: string;
  limit?: number;
  offset?: number;
}

export interface StatementRecord {
  document: string;
  id: string;
  kind: 'direct' | 'indirect';
  speaker: string | null; // canonical name
  speakerCode: string | null;
  cue: string;
  content: string;
  date: string | null;
  published: string | null;
  title: string | null;
}

export interface EntityFilter {
  name?: string;
  code?: string;
  kind?: string;
  limit?: number;
}

export interface EntityRecord extends ActorRef {
  documents: number;
  mentions: number;
}

export interface SearchFilter {
  limit?: number;
  kinds?: ('document' | 'statement' | 'entity')[];
}

export interface SearchHit {
  kind: 'document' | 'statement' | 'entity';
  document: string;
  ref: string | null; // statement or entity id within the document
  title: string | null;
  snippet: string;
  rank: number; // bm25: smaller is better
}

export interface DocumentRecord {
  id: string;
  source: string;
  url: string | null;
  inputId: string | null;
  lang: string;
  published: string | null;
  title: string | null;
  ingestedAt: string;
  extracted: boolean;
  analysis: Analysis;
}

export interface StoreStats {
  schemaVersion: number;
  documents: number;
  actors: number;
  entities: number;
  mentions: number;
  statements: number;
  events: number;
  eventSources: number;
  claims: number;
  contestedClaims: number;
}

/** One row of the CSV export: one event as seen by one source. */
export interface EventSourceRow {
  document: string;
  published: string | null;
  url: string | null;
  title: string | null;
  source: string; // the document's source (path or URL)
  event: string;
  claim: string | null;
  category: string;
  mode: string[];
  context: string[];
  actors: ActorRef[];
  recipients: ActorRef[];
  object: string | null;
  date: string | null;
  trigger: string;
  evidence: string; // the sentence this source's position rests on (its statement), else the event's
  eventEvidence: string; // the event's evidence sentence(s)
  sourceEntity: string;
  sourceName: string | null;
  sourceCode: string | null;
  factuality: Factuality;
  statement: string | null;
  why: string;
}

export interface Repository {
  putAnalysis(analysis: Analysis, options?: PutOptions): Promise<PutResult>;
  /** Writes several analyses in one transaction; each still all-or-nothing on its own. */
  putMany(
    items: { analysis: Analysis; options?: PutOptions }[],
  ): Promise<({ ok: true; result: PutResult } | { ok: false; error: string })[]>;
  hasDocument(id: string): Promise<boolean>;
  hasRawHash(rawHash: string): Promise<boolean>;
  getDocument(idOrPrefix: string): Promise<DocumentRecord | null>;
  listClaims(filter?: ClaimFilter): Promise<ClaimRecord[]>;
  /** A claim and its sources: at most `perSide` (default 100) for, against and without position each. */
  getClaim(id: string, perSide?: number): Promise<ClaimDetail | null>;
  listStatements(filter?: StatementFilter): Promise<StatementRecord[]>;
  listEntities(filter?: EntityFilter): Promise<EntityRecord[]>;
  search(query: string, filter?: SearchFilter): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  /** Every stored Analysis, in ingest order, exactly as the contract shapes it. */
  exportAnalyses(): AsyncIterable<Analysis>;
  exportEventSources(): AsyncIterable<EventSourceRow>;
  /** Recomputes every claim from scratch (after a ledger rule change). */
  rebuildClaims(): Promise<number>;
  close(): Promise<void>;
}
