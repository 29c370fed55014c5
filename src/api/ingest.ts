// POST /api/ingest: articles as JSON (one object or an array) or one article as text/plain, run
// through the same pipeline and store as `warta ingest`. Each article succeeds or fails on its own.
import { z } from 'zod';
import { findDateline } from '../ingest/dateline.js';
import { toIsoDate } from '../ingest/dates.js';
import { parseSeedFormat } from '../ingest/seed.js';
import { originKey, rawHash } from '../store/ingest/run.js';
import type { PutOutcome } from '../store/repository.js';
import type { SqliteRepository } from '../store/sqlite/repository.js';
import type { RawArticle } from '../types.js';
import { ApiError } from './errors.js';
import { summary, toIssues } from './validate.js';

/** Articles per request: analysis runs on the server's one thread, so a request stays short. */
export const MAX_ARTICLES = 100;
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
const SOURCE = 'api';

const optText = z.string().max(2000).nullish();

export const ingestArticle = z.strictObject({
  id: z.union([z.string().min(1).max(200), z.number()]).optional(),
  text: z.string().trim().min(1, { error: 'must not be empty' }),
  title: optText,
  url: optText,
  published: z.union([z.string().max(64), z.number()]).nullish(),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}$/, { error: 'must be an ISO 639 language code such as id or en' })
    .nullish(),
  byline: optText,
  dateline: optText,
});

const ingestArray = z
  .array(ingestArticle)
  .min(1, { error: 'must hold at least one article' })
  .max(MAX_ARTICLES, { error: `at most ${MAX_ARTICLES} articles per request` });

export type IngestResult =
  | {
      index: number;
      ok: true;
      id: string;
      outcome: PutOutcome;
      replaced?: string;
      lang: string;
      entities: number;
      statements: number;
      events: number;
    }
  | { index: number; ok: false; error: string };

function toRaw(a: z.output<typeof ingestArticle>, index: number): RawArticle {
  const id = a.id === undefined ? undefined : String(a.id);
  const text = a.text.replace(/\r\n?/g, '\n').trimEnd();
  return {
    id,
    source: a.url || SOURCE,
    text,
    title: a.title ?? null,
    url: a.url ?? null,
    published: toIsoDate(a.published ?? null),
    byline: a.byline ?? null,
    dateline: a.dateline ?? findDateline(text),
    lang: a.lang ?? null,
    origin: { file: SOURCE, record: id ?? `#${index}` },
  };
}

/** Request body → raw articles, or a 400/415 naming what is wrong. */
export function parseIngestBody(contentType: string, body: string): RawArticle[] {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'text/plain') {
    const r = parseSeedFormat(body, { file: SOURCE });
    if (!r.ok) throw new ApiError(400, 'bad_request', `invalid article: ${r.error.message}`);
    // one text, one article: it has no slot of its own, so no input id and no origin key
    return [{ ...r.article, source: SOURCE, origin: { file: SOURCE, line: 1 } }];
  }
  if (type !== 'application/json') {
    throw new ApiError(
      415,
      'unsupported_media_type',
      `Content-Type must be application/json (an article or an array of them) or text/plain, not ${type || 'missing'}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    throw new ApiError(
      400,
      'bad_request',
      `invalid JSON body: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  // an array or one article: checked against the one the body is, so issues name its fields
  const parsed = Array.isArray(value) ? ingestArray.safeParse(value) : ingestArticle.safeParse(value);
  if (!parsed.success) {
    const issues = toIssues(parsed.error, 'body');
    throw new ApiError(400, 'bad_request', `invalid article: ${summary(issues)}`, issues);
  }
  const list = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  return list.map(toRaw);
}

export async function ingestArticles(repo: SqliteRepository, raws: RawArticle[]): Promise<IngestResult[]> {
  // loaded on first use: the pipeline's language data takes seconds to load, and a read-only
  // server never needs it
  const { analyze, EXTRACTED_LANGUAGES } = await import('../pipeline.js');
  const results: IngestResult[] = [];
  for (const [index, raw] of raws.entries()) {
    try {
      const analysis = analyze(raw);
      const lang = analysis.document.lang;
      const put = await repo.putAnalysis(analysis, {
        rawHash: rawHash(raw),
        originKey: originKey(raw),
        extracted: EXTRACTED_LANGUAGES.has(lang),
      });
      results.push({
        index,
        ok: true,
        id: put.id,
        outcome: put.outcome,
        ...(put.replaced ? { replaced: put.replaced } : {}),
        lang,
        entities: analysis.entities.length,
        statements: analysis.statements.length,
        events: analysis.events.length,
      });
    } catch (err) {
      results.push({ index, ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return results;
}
