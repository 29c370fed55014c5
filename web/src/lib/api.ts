// Thin fetch wrappers over the HTTP API (same origin). Every call returns parsed JSON or throws an
// ApiError carrying the contract's error code, so pages can show "not found" apart from "server down".
import type {
  AnyHit,
  ClaimDetail,
  ClaimRecord,
  DocumentRecord,
  DocumentSummary,
  EntityRecord,
  MapData,
  Network,
  Page,
  StatementRecord,
  StoreStats,
  TimelineItem,
} from './types.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Params = Record<string, string | number | boolean | null | undefined>;

/** Builds a query string, leaving out empty values (the API treats absent and empty differently). */
export function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

const base = new URL('./', document.baseURI).pathname.replace(/\/$/, '');

async function get<T>(path: string, params: Params = {}): Promise<T> {
  const res = await fetch(`${base}${path}${query(params)}`, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const err = body?.error;
    throw new ApiError(
      res.status,
      err?.code ?? 'http_error',
      err?.message ?? `${res.status} ${res.statusText}`,
    );
  }
  return body as T;
}

// Documents are fetched again and again by the claim page (one per piece of evidence): keep them.
const documents = new Map<string, Promise<DocumentRecord>>();

export const api = {
  health: () => get<{ ok: boolean; version: string }>('/api/health'),
  stats: () => get<StoreStats>('/api/stats'),
  claims: (p: Params) => get<Page<ClaimRecord>>('/api/claims', p),
  claim: (id: string) => get<ClaimDetail>(`/api/claims/${encodeURIComponent(id)}`),
  statements: (p: Params) => get<Page<StatementRecord>>('/api/statements', p),
  entities: (p: Params) => get<Page<EntityRecord>>('/api/entities', p),
  documents: (p: Params) => get<Page<DocumentSummary>>('/api/documents', p),
  document(id: string): Promise<DocumentRecord> {
    let hit = documents.get(id);
    if (!hit) {
      hit = get<DocumentRecord>(`/api/documents/${encodeURIComponent(id)}`);
      hit.catch(() => documents.delete(id));
      documents.set(id, hit);
    }
    return hit;
  },
  search: (p: Params) => get<Page<AnyHit>>('/api/search', p),
  timeline: (p: Params) => get<Page<TimelineItem>>('/api/timeline', p),
  network: (p: Params) => get<Network>('/api/network', p),
  map: () => get<MapData>('/api/map'),
};
