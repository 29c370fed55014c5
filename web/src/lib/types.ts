// Shapes of the HTTP API's answers. Store records come from the repository's own types (type-only
// imports, erased at build time); the rest mirrors the API contract in docs/ui.md.
import type {
  ActorRef,
  ClaimDetail,
  ClaimRecord,
  ClaimSourceRecord,
  DocumentRecord,
  EntityRecord,
  SearchHit,
  StatementRecord,
  StoreStats,
} from '../../../src/store/repository.js';
import type { Analysis, Entity, Event, Factuality, Span, Statement } from '../../../src/types.js';

export type {
  ActorRef,
  Analysis,
  ClaimDetail,
  ClaimRecord,
  ClaimSourceRecord,
  DocumentRecord,
  Entity,
  EntityRecord,
  Event,
  Factuality,
  SearchHit,
  Span,
  Statement,
  StatementRecord,
  StoreStats,
};

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  total?: number;
}

export type { DocumentSummary } from '../../../src/api/queries/documents.js';

/** A search hit: the store's kinds plus claim hits (whose shape the API may enrich). */
export interface AnyHit {
  kind: 'document' | 'statement' | 'entity' | 'claim';
  document?: string;
  ref?: string | null;
  id?: string;
  claim?: string;
  title?: string | null;
  snippet?: string;
  proposition?: string;
  rank?: number;
}

export interface TimelineItem {
  date: string;
  kind: 'event' | 'statement';
  id: string;
  document: string;
  label: string;
  category?: string;
  factuality?: Factuality | string;
  claim?: string;
}

export type Tone = 'cooperation' | 'conflict' | 'neutral';

export interface NetworkNode {
  id: string | number;
  name: string;
  code: string | null;
  kind: string;
  count: number;
}

export interface NetworkEdge {
  source: string | number;
  target: string | number;
  category: string;
  count: number;
  tone: Tone;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface MapCountry {
  iso3: string;
  name: string;
  events: number;
  asActor: number;
  asRecipient: number;
}

export interface MapPlace {
  name: string;
  iso3?: string | null;
  kind: string;
}

export interface MapRoute {
  claim: string;
  document?: string;
  event?: string;
  category: string;
  object?: string | null;
  from: string | null;
  to: string | null;
  via: MapPlace[];
  contested: boolean;
}

export interface MapData {
  countries: MapCountry[];
  routes: MapRoute[];
}
