// Query parameters of every route, as zod 4 schemas. The same schemas validate requests and
// generate the parameter list of /openapi.json, so the two cannot drift apart.
// Query strings arrive as text: small preprocessors turn "50" into 50 and "true" into true before
// the typed schema checks them, so error messages speak of the parameter, not of coercion.
import { z } from 'zod';
import { CATEGORIES } from './plover.js';

const ENTITY_KINDS = ['person', 'organization', 'country', 'location', 'region', 'media', 'igo'] as const;
export const SEARCH_KINDS = ['document', 'statement', 'entity', 'claim'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

function int(min: number, max: number) {
  return z.preprocess(
    (v) => (typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : v),
    z
      .number({ error: 'must be a whole number' })
      .int({ error: 'must be a whole number' })
      .min(min, { error: `must be at least ${min}` })
      .max(max, { error: `must be at most ${max}` }),
  );
}

const bool = z.preprocess(
  (v) => (v === 'true' ? true : v === 'false' ? false : v),
  z.boolean({ error: 'must be true or false' }),
);

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD' });

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

const category = z.preprocess(
  (v) => (typeof v === 'string' ? v.toUpperCase() : v),
  z.enum(CATEGORIES, { error: `must be a PLOVER category: ${CATEGORIES.join(', ')}` }),
);

const lang = z.string().regex(/^[a-z]{2,3}$/, { error: 'must be an ISO 639 language code such as id or en' });

const page = {
  limit: int(1, 500).default(50).describe('page size, 1–500'),
  offset: int(0, 1_000_000).default(0).describe('items to skip'),
};

export const claimsQuery = z.strictObject({
  actor: text(200).optional().describe('actor code (PRK, prefix: PRK finds PRKMIL) or part of a name'),
  category: category.optional().describe('PLOVER category'),
  contested: bool.optional().describe('only claims whose sources disagree (true) or agree (false)'),
  since: isoDate.optional().describe('claims last seen on or after this date'),
  until: isoDate.optional().describe('claims first seen on or before this date'),
  q: text(500).optional().describe('words that must all occur in the claim or its evidence sentences'),
  lang: lang.optional().describe('only claims with evidence in documents of this language'),
  ...page,
});

export const statementsQuery = z.strictObject({
  speaker: text(200).optional().describe('speaker code or part of a name'),
  about: text(500).optional().describe('full-text query over the statement content'),
  document: text(64).optional().describe('document id'),
  ...page,
});

export const entitiesQuery = z.strictObject({
  name: text(200).optional().describe('part of the canonical name'),
  code: z
    .string()
    .regex(/^[A-Z]{3,12}$/, { error: 'must be an actor code in capitals, e.g. IDN or IDNGOV' })
    .optional()
    .describe('actor code prefix'),
  kind: z
    .enum(ENTITY_KINDS, { error: `must be one of ${ENTITY_KINDS.join(', ')}` })
    .optional()
    .describe('entity kind'),
  ...page,
});

export const documentsQuery = z.strictObject({
  q: text(500).optional().describe('full-text query over title and body'),
  lang: lang.optional().describe('document language'),
  ...page,
});

export const searchQuery = z.strictObject({
  q: text(500).describe('words that must all occur; a trailing * searches by prefix'),
  kinds: z
    .preprocess(
      (v) =>
        typeof v === 'string'
          ? v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : v,
      z
        .array(z.enum(SEARCH_KINDS, { error: `each kind must be one of ${SEARCH_KINDS.join(', ')}` }))
        .min(1, { error: 'must name at least one kind' }),
    )
    .optional()
    .describe('comma-separated: document,statement,entity,claim (default: all)'),
  limit: int(1, 500).default(20).describe('at most this many hits'),
});

export const timelineQuery = z.strictObject({
  actor: text(200)
    .optional()
    .describe('actor code or part of a name: events it takes part in, statements it makes'),
  category: category.optional().describe('PLOVER category (events only)'),
  since: isoDate.optional().describe('on or after this date'),
  until: isoDate.optional().describe('on or before this date'),
  ...page,
});

export const networkQuery = z.strictObject({
  category: category.optional().describe('PLOVER category'),
  since: isoDate.optional().describe('events on or after this date'),
  until: isoDate.optional().describe('events on or before this date'),
  limit: int(1, 5000).default(500).describe('at most this many edges, the most frequent first'),
});

export const mapQuery = z.strictObject({
  category: category.optional().describe('PLOVER category'),
  since: isoDate.optional().describe('events on or after this date'),
  until: isoDate.optional().describe('events on or before this date'),
});

export const exportQuery = z.strictObject({
  format: z
    .enum(['jsonl', 'csv', 'plover'], { error: 'must be jsonl, csv or plover' })
    .default('jsonl')
    .describe('jsonl: one Analysis per document; csv: one row per event source; plover: PLOVER JSONL'),
});

export const emptyQuery = z.strictObject({});

export const idParam = z.strictObject({ id: text(64).describe('id') });

export type ClaimsQuery = z.output<typeof claimsQuery>;
export type TimelineQuery = z.output<typeof timelineQuery>;
export type NetworkQuery = z.output<typeof networkQuery>;
export type MapQuery = z.output<typeof mapQuery>;
export type DocumentsQuery = z.output<typeof documentsQuery>;
