// Export formats: JSONL (one Analysis per document, the contract verbatim), CSV (one row per
// event source, RFC 4180) and PLOVER JSONL (one record per event, PLOVER's field names).
import type { EventSourceRow, Repository } from './repository.js';

export type ExportFormat = 'jsonl' | 'csv' | 'plover';

/** RFC 4180: fields with comma, quote, CR or LF are quoted, quotes doubled; records end in CRLF. */
export function csvField(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRecord(fields: (string | number | null | undefined)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export const CSV_HEADER = [
  'document',
  'published',
  'url',
  'event',
  'claim',
  'category',
  'mode',
  'context',
  'actor',
  'actor_code',
  'recipient',
  'recipient_code',
  'object',
  'event_date',
  'source',
  'source_name',
  'source_code',
  'factuality',
  'statement',
  'trigger',
  'evidence',
  'why',
];

const names = (list: { name: string }[]) => list.map((a) => a.name).join('; ');
const codes = (list: { code: string | null }[]) => list.map((a) => a.code ?? '').join('; ');

export function csvRow(r: EventSourceRow): string {
  return csvRecord([
    r.document,
    r.published,
    r.url,
    r.event,
    r.claim,
    r.category,
    r.mode.join('; '),
    r.context.join('; '),
    names(r.actors),
    codes(r.actors),
    names(r.recipients),
    codes(r.recipients),
    r.object,
    r.date,
    r.sourceEntity,
    r.sourceName,
    r.sourceCode,
    r.factuality,
    r.statement,
    r.trigger,
    r.evidence,
    r.why,
  ]);
}

export interface PloverRecord {
  id: string;
  date: string | null;
  actor: string;
  recipient: string;
  event: string;
  mode: string;
  context: string[];
  event_text: string;
  text: string;
  cite_info: string;
  actor_name: string;
  recipient_name: string;
  // warta's additions: per-source factuality and the claim the event belongs to
  sources: { source: string; name: string | null; code: string | null; factuality: string }[];
  claim: string | null;
}

/**
 * One PLOVER record from the rows of one event (one row per source). PLOVER codes actors with
 * CAMEO-style codes and has a single mode; several actors are joined with ";", an actor without a
 * code falls back to its name. `date` is the event's own date, else the article's publication date.
 */
export function ploverRecord(rows: EventSourceRow[]): PloverRecord {
  const r = rows[0];
  const code = (list: EventSourceRow['actors']) => list.map((a) => a.code ?? a.name).join(';');
  const cite = [r.title, r.url ?? r.source, r.published].filter(Boolean).join(', ');
  return {
    id: `${r.document}-${r.event}`,
    date: r.date ?? r.published,
    actor: code(r.actors),
    recipient: code(r.recipients),
    event: r.category,
    mode: r.mode[0] ?? '',
    context: r.context,
    event_text: r.trigger,
    text: r.eventEvidence,
    cite_info: cite,
    actor_name: names(r.actors),
    recipient_name: names(r.recipients),
    sources: rows.map((s) => ({
      source: s.sourceEntity,
      name: s.sourceName,
      code: s.sourceCode,
      factuality: s.factuality,
    })),
    claim: r.claim,
  };
}

/** Groups consecutive event-source rows by event (the iterator yields them ordered by event). */
async function* byEvent(rows: AsyncIterable<EventSourceRow>): AsyncGenerator<EventSourceRow[]> {
  let group: EventSourceRow[] = [];
  for await (const r of rows) {
    if (group.length && (group[0].document !== r.document || group[0].event !== r.event)) {
      yield group;
      group = [];
    }
    group.push(r);
  }
  if (group.length) yield group;
}

/** The export as a stream of text chunks (lines), whatever the size of the database. */
export async function* exportLines(repo: Repository, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'jsonl') {
    for await (const a of repo.exportAnalyses()) yield `${JSON.stringify(a)}\n`;
  } else if (format === 'csv') {
    yield csvRecord(CSV_HEADER);
    for await (const r of repo.exportEventSources()) yield csvRow(r);
  } else if (format === 'plover') {
    for await (const rows of byEvent(repo.exportEventSources()))
      yield `${JSON.stringify(ploverRecord(rows))}\n`;
  } else {
    throw new Error(`unknown export format: ${String(format)} (jsonl, csv or plover)`);
  }
}
