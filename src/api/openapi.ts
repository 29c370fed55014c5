// /openapi.json: OpenAPI 3.1. Parameters come from the zod schemas that validate requests (params.ts),
// so every parameter the server accepts is listed; response shapes are written out below.
import { z } from 'zod';
import * as P from './params.js';
import { CATEGORIES } from './plover.js';

type Json = Record<string, unknown>;

export interface RouteSpec {
  method: 'get' | 'post';
  path: string; // OpenAPI form: /api/claims/{id}
  summary: string;
  query?: z.ZodObject;
  pathParams?: z.ZodObject;
  response: Json; // schema of the 200 body, or a content map for non-JSON bodies
  responseContent?: Record<string, Json>;
  errors: number[];
  body?: Json;
  security?: boolean;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const page = (item: string) => ({
  type: 'object',
  required: ['items', 'limit', 'offset'],
  properties: {
    items: { type: 'array', items: ref(item) },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    total: { type: 'integer', description: 'all matching items, when cheap to count' },
  },
});
const str = { type: 'string' };
const nstr = { type: ['string', 'null'] };
const int = { type: 'integer' };
const strings = { type: 'array', items: str };

export const ROUTES: RouteSpec[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and version',
    query: P.emptyQuery,
    response: {
      type: 'object',
      required: ['ok', 'version'],
      properties: { ok: { const: true }, version: str, ingest: { type: 'boolean' } },
    },
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/stats',
    summary: 'Row counts of the store',
    query: P.emptyQuery,
    response: ref('StoreStats'),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/claims',
    summary: 'Claims (events merged across documents), newest first',
    query: P.claimsQuery,
    response: page('ClaimRecord'),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/claims/{id}',
    summary: 'One claim with every source and its evidence',
    pathParams: P.idParam,
    query: P.emptyQuery,
    response: ref('ClaimDetail'),
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/statements',
    summary: 'Statements (who said what), newest documents first',
    query: P.statementsQuery,
    response: page('StatementRecord'),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/entities',
    summary: 'Actors with the number of documents and mentions',
    query: P.entitiesQuery,
    response: page('EntityRecord'),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/documents',
    summary: 'Documents, newest first (by relevance with q)',
    query: P.documentsQuery,
    response: page('DocumentSummary'),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/documents/{id}',
    summary: 'One document with its full Analysis (id or unique prefix of at least 4 characters)',
    pathParams: P.idParam,
    query: P.emptyQuery,
    response: ref('DocumentRecord'),
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Full-text search over documents, statements, entities, and claims (claim hits first)',
    query: P.searchQuery,
    response: page('SearchHit'),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/timeline',
    summary: "Events and statements by date (own date, else the article's)",
    query: P.timelineQuery,
    response: page('TimelineItem'),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/network',
    summary: 'Actor network from events: actor → recipient edges per category',
    query: P.networkQuery,
    response: {
      type: 'object',
      required: ['nodes', 'edges'],
      properties: {
        nodes: { type: 'array', items: ref('NetworkNode') },
        edges: { type: 'array', items: ref('NetworkEdge') },
      },
    },
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/map',
    summary: 'Countries by event count, and routes of events that name places they went through',
    query: P.mapQuery,
    response: {
      type: 'object',
      required: ['countries', 'routes'],
      properties: {
        countries: { type: 'array', items: ref('MapCountry') },
        routes: { type: 'array', items: ref('MapRoute') },
      },
    },
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/export',
    summary: 'The whole store as a streamed download',
    query: P.exportQuery,
    response: {},
    responseContent: {
      'application/x-ndjson': {
        schema: {
          type: 'string',
          description: 'jsonl: one Analysis per line; plover: one PLOVER record per line',
        },
      },
      'text/csv': {
        schema: { type: 'string', description: 'RFC 4180, one row per event source, with a header row' },
      },
    },
    errors: [400],
  },
  {
    method: 'post',
    path: '/api/ingest',
    summary: 'Analyse and store articles (needs the ingest token)',
    query: P.emptyQuery,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: {
            oneOf: [
              ref('IngestArticle'),
              { type: 'array', items: ref('IngestArticle'), minItems: 1, maxItems: 100 },
            ],
          },
        },
        'text/plain': {
          schema: {
            type: 'string',
            description: 'one article; an optional first line `date YYYY-MM-DD (BYLINE)`',
          },
        },
      },
    },
    response: {
      type: 'object',
      required: ['results'],
      properties: { results: { type: 'array', items: ref('IngestResult') } },
    },
    errors: [400, 401, 403, 413, 415],
    security: true,
  },
  {
    method: 'get',
    path: '/openapi.json',
    summary: 'This description',
    query: P.emptyQuery,
    response: { type: 'object' },
    errors: [],
  },
];

const actorRef = {
  type: 'object',
  required: ['id', 'code', 'name', 'kind'],
  properties: { id: int, code: nstr, name: str, kind: str },
};
const span = {
  type: 'object',
  required: ['start', 'end', 'text'],
  properties: { start: int, end: int, text: str },
};
const factuality = { type: 'string', enum: ['CT+', 'PR+', 'PS+', 'CT-', 'PR-', 'PS-', 'Uu'] };
const category = { type: 'string', enum: [...CATEGORIES] };
const obj = (props: Json, required = Object.keys(props)) => ({ type: 'object', required, properties: props });

const claimProps = {
  id: str,
  category,
  mode: strings,
  actors: { type: 'array', items: ref('ActorRef') },
  recipients: { type: 'array', items: ref('ActorRef') },
  object: nstr,
  dateStart: nstr,
  dateEnd: nstr,
  firstSeen: nstr,
  lastSeen: nstr,
  sources: int,
  documents: int,
  positive: int,
  negative: int,
  neutral: int,
  contested: { type: 'boolean' },
  proposition: str,
};

const SCHEMAS: Record<string, Json> = {
  Error: obj({
    error: obj(
      {
        code: {
          type: 'string',
          enum: [
            'bad_request',
            'not_found',
            'unauthorized',
            'ingest_disabled',
            'payload_too_large',
            'unsupported_media_type',
            'method_not_allowed',
            'internal',
          ],
        },
        message: str,
        issues: { type: 'array', items: obj({ parameter: str, message: str }) },
      },
      ['code', 'message'],
    ),
  }),
  ActorRef: actorRef,
  StoreStats: obj({
    schemaVersion: int,
    documents: int,
    actors: int,
    entities: int,
    mentions: int,
    statements: int,
    events: int,
    eventSources: int,
    claims: int,
    contestedClaims: int,
  }),
  ClaimRecord: obj(claimProps),
  ClaimSource: obj({
    document: str,
    event: { ...str, description: 'event id within the document' },
    source: { ...str, description: 'entity id within the document, or "author"' },
    sourceName: nstr,
    sourceCode: nstr,
    factuality,
    statement: { ...nstr, description: 'statement id within the document' },
    evidence: { ...str, description: 'the evidence sentence(s)' },
    published: nstr,
    title: nstr,
    url: nstr,
    lang: str,
  }),
  ClaimDetail: obj({ ...claimProps, evidence: { type: 'array', items: ref('ClaimSource') } }),
  StatementRecord: obj({
    document: str,
    id: str,
    kind: { type: 'string', enum: ['direct', 'indirect'] },
    speaker: nstr,
    speakerCode: nstr,
    cue: str,
    content: str,
    date: nstr,
    published: nstr,
    title: nstr,
  }),
  EntityRecord: obj({ ...actorRef.properties, documents: int, mentions: int }),
  DocumentSummary: obj({
    id: str,
    title: nstr,
    source: str,
    url: nstr,
    lang: str,
    published: nstr,
    ingestedAt: str,
    statements: int,
    events: int,
  }),
  DocumentRecord: obj({
    id: str,
    source: str,
    url: nstr,
    inputId: nstr,
    lang: str,
    published: nstr,
    title: nstr,
    ingestedAt: str,
    extracted: { type: 'boolean' },
    analysis: ref('Analysis'),
  }),
  Analysis: {
    type: 'object',
    description:
      'The Analysis JSON contract, version 1 (docs/DESIGN.md): offsets are UTF-16 offsets into document.text, half-open',
    required: ['version', 'document', 'entities', 'statements', 'events'],
    properties: {
      version: { const: 1 },
      document: obj({
        id: str,
        input_id: nstr,
        source: str,
        lang: str,
        published: nstr,
        byline: nstr,
        dateline: nstr,
        title: nstr,
        url: nstr,
        text: str,
        sentences: { type: 'array', items: obj({ start: int, end: int }) },
        repairs: { type: 'array', items: { type: 'object' } },
      }),
      entities: {
        type: 'array',
        items: obj({
          id: str,
          name: str,
          kind: str,
          code: nstr,
          role: nstr,
          affiliation: nstr,
          mentions: { type: 'array', items: span },
        }),
      },
      statements: {
        type: 'array',
        items: obj({
          id: str,
          kind: str,
          speaker: nstr,
          cue: span,
          content: span,
          resolution: nstr,
          channel: nstr,
          cited_by: nstr,
          date: nstr,
          sentence: int,
        }),
      },
      events: {
        type: 'array',
        items: obj({
          id: str,
          category,
          mode: strings,
          context: strings,
          actor: strings,
          recipient: strings,
          object: nstr,
          via: strings,
          date: nstr,
          sources: {
            type: 'array',
            items: obj({ source: str, factuality, statement: str }, ['source', 'factuality']),
          },
          about: nstr,
          trigger: span,
          evidence: { type: 'array', items: obj({ start: int, end: int, sentence: int }) },
          why: str,
        }),
      },
    },
  },
  SearchHit: obj({
    kind: { type: 'string', enum: [...P.SEARCH_KINDS] },
    document: { ...nstr, description: 'null for claim hits' },
    ref: { ...nstr, description: 'statement, entity or claim id' },
    title: nstr,
    snippet: str,
    rank: { type: 'number', description: 'bm25, smaller is better; claim hits have 0 and come first' },
  }),
  TimelineItem: obj(
    {
      date: str,
      datedBy: { type: 'string', enum: ['own', 'published'] },
      kind: { type: 'string', enum: ['event', 'statement'] },
      id: str,
      document: str,
      label: str,
      category,
      factuality,
      claim: nstr,
    },
    ['date', 'datedBy', 'kind', 'id', 'document', 'label'],
  ),
  NetworkNode: obj({
    id: { ...int, description: 'actor id (ActorRef.id)' },
    name: str,
    code: nstr,
    kind: str,
    count: int,
  }),
  NetworkEdge: obj({
    source: int,
    target: int,
    category,
    count: int,
    tone: { type: 'string', enum: ['cooperation', 'conflict', 'neutral'] },
  }),
  MapCountry: obj({ iso3: str, name: str, events: int, asActor: int, asRecipient: int }),
  MapRoute: obj({
    claim: nstr,
    document: str,
    event: str,
    category,
    object: nstr,
    from: nstr,
    to: nstr,
    via: { type: 'array', items: obj({ name: str, iso3: str, kind: str }, ['name', 'kind']) },
    contested: { type: 'boolean' },
  }),
  IngestArticle: obj(
    {
      id: { type: ['string', 'integer'] },
      text: str,
      title: nstr,
      url: nstr,
      published: { type: ['string', 'integer', 'null'] },
      lang: nstr,
      byline: nstr,
      dateline: nstr,
    },
    ['text'],
  ),
  IngestResult: {
    type: 'object',
    required: ['index', 'ok'],
    properties: {
      index: int,
      ok: { type: 'boolean' },
      id: str,
      outcome: { type: 'string', enum: ['ingested', 'unchanged', 'replaced'] },
      replaced: str,
      lang: str,
      entities: int,
      statements: int,
      events: int,
      error: str,
    },
  },
};

const ERROR_TEXT: Record<number, string> = {
  400: 'invalid parameter or body (issues name each one)',
  401: 'missing or wrong ingest token',
  403: 'ingest disabled: no token configured',
  404: 'no such item',
  413: 'body too large',
  415: 'unsupported Content-Type',
};

function parameters(schema: z.ZodObject | undefined, where: 'query' | 'path'): Json[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const f = field as z.ZodType;
    const {
      $schema: _,
      description,
      ...json
    } = z.toJSONSchema(f, { io: 'output', unrepresentable: 'any' }) as Json;
    const required = where === 'path' || !f.safeParse(undefined).success;
    const p: Json = { name, in: where, required, schema: json };
    if (description) p.description = description;
    if ((json as { type?: string }).type === 'array') Object.assign(p, { style: 'form', explode: false });
    return p;
  });
}

export function openApiDocument(version: string): Json {
  const paths: Record<string, Json> = {};
  for (const r of ROUTES) {
    const responses: Json = {
      200: {
        description: 'OK',
        content: r.responseContent ?? { 'application/json': { schema: r.response } },
      },
    };
    for (const code of r.errors) {
      responses[code] = {
        description: ERROR_TEXT[code],
        content: { 'application/json': { schema: ref('Error') } },
      };
    }
    const op: Json = {
      summary: r.summary,
      operationId: `${r.method}${r.path.replace(/[{}]/g, '').replace(/[/.](\w)/g, (_, c: string) => c.toUpperCase())}`,
      parameters: [...parameters(r.pathParams, 'path'), ...parameters(r.query, 'query')],
      responses,
    };
    if (r.body) op.requestBody = r.body;
    if (r.security) op.security = [{ ingestToken: [] }];
    paths[r.path] = { ...(paths[r.path] ?? {}), [r.method]: op };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'warta',
      version,
      description:
        'Who said what, who accused whom, who denied it: the ledger of a warta store. Lists take limit (1–500, default 50) and offset, and answer { items, limit, offset, total? }. Errors answer { error: { code, message, issues? } }.',
    },
    paths,
    components: {
      schemas: SCHEMAS,
      securitySchemes: {
        ingestToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'the token given to `warta serve --ingest-token` or WARTA_INGEST_TOKEN',
        },
      },
    },
  };
}
