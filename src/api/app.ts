// The HTTP app: the JSON API under /api, its OpenAPI description, and the web UI for everything else.
// Built on hono so it runs in-process in tests (app.request) and on node's http server in `warta serve`.
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { SqliteRepository } from '../store/sqlite/repository.js';
import { matchExpression } from '../store/terms.js';
import { requireIngestToken } from './auth.js';
import { ResponseCache } from './cache.js';
import { ApiError, errorBody, notFound, sendError } from './errors.js';
import { EXPORT_TYPES, exportStream } from './export.js';
import { securityHeaders } from './headers.js';
import { ingestArticles, MAX_BODY_BYTES, parseIngestBody } from './ingest.js';
import { JSON_TYPE, safeStringify, sendJson } from './json.js';
import { openApiDocument, ROUTES } from './openapi.js';
import * as P from './params.js';
import { listClaims, searchClaims } from './queries/claims.js';
import { listDocuments } from './queries/documents.js';
import { worldMap } from './queries/map.js';
import { network } from './queries/network.js';
import { timeline } from './queries/timeline.js';
import { defaultWebRoot, serveWeb } from './static.js';
import { parseQuery } from './validate.js';
import { packageVersion } from './version.js';

export interface AppOptions {
  repo: SqliteRepository;
  /** Bearer token that unlocks POST /api/ingest; without one the server is read-only. */
  ingestToken?: string | null;
  /** Folder of the built web UI (default: dist/web of the package). */
  webRoot?: string;
  /** One line per request (method, path, status, milliseconds); off when absent. */
  log?: (line: string) => void;
  /** Cache JSON answers until the store changes (default true; the benchmark measures both). */
  cache?: boolean;
}

const page = <T>(items: T[], q: { limit: number; offset: number }, total?: number) =>
  total === undefined
    ? { items, limit: q.limit, offset: q.offset }
    : { items, limit: q.limit, offset: q.offset, total };

export function createApp(options: AppOptions): Hono {
  const { repo } = options;
  const db = repo.db;
  const token = options.ingestToken || null;
  // Without a token nothing may write: the connection itself refuses (PRAGMA query_only).
  if (!token) db.pragma('query_only = ON');
  const version = packageVersion();
  const openapi = openApiDocument(version);
  const app = new Hono();
  const cache = options.cache === false ? null : new ResponseCache(db);

  /**
   * A cacheable JSON GET: answered from the cache while the store is unchanged, with an ETag so
   * a browser revalidating gets a 304. Invalid parameters throw before anything is cached.
   */
  const getJson = (path: string, handler: (c: Context) => unknown) =>
    app.get(path, async (c) => {
      if (!cache) return sendJson(c, await handler(c));
      const version = cache.version();
      const etag = cache.etag(version);
      const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
      if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
      const key = c.req.url;
      let body = cache.get(key, version);
      if (body === undefined) {
        body = safeStringify(await handler(c));
        cache.set(key, version, body);
      }
      return c.body(body, 200, { ...headers, 'Content-Type': JSON_TYPE });
    });

  if (options.log) {
    const log = options.log;
    app.use(async (c, next) => {
      const t = performance.now();
      await next();
      log(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - t).toFixed(1)}ms`);
    });
  }
  app.use(securityHeaders());

  app.onError((err, c) => {
    if (err instanceof ApiError) return sendError(c, err);
    if (err instanceof HTTPException) {
      return sendJson(
        c,
        errorBody(err.status === 413 ? 'payload_too_large' : 'bad_request', err.message),
        err.status,
      );
    }
    console.error(`warta serve: ${c.req.method} ${c.req.path}:`, err);
    return sendJson(c, errorBody('internal', 'internal error (see the server log)'), 500);
  });

  app.get('/api/health', (c) => {
    parseQuery(c, P.emptyQuery);
    return sendJson(c, { ok: true, version, ingest: token !== null });
  });

  getJson('/api/stats', (c) => {
    parseQuery(c, P.emptyQuery);
    return repo.stats();
  });

  getJson('/api/claims', (c) => {
    const q = parseQuery(c, P.claimsQuery);
    const { items, total } = listClaims(db, q);
    return page(items, q, total);
  });

  getJson('/api/claims/:id', async (c) => {
    parseQuery(c, P.emptyQuery);
    const id = c.req.param('id') ?? '';
    const claim = await repo.getClaim(id);
    if (!claim) throw notFound('claim', id);
    return claim;
  });

  getJson('/api/statements', async (c) => {
    const q = parseQuery(c, P.statementsQuery);
    // a query of punctuation alone has no words: it matches nothing rather than everything
    if (q.about && !matchExpression(q.about)) return page([], q);
    return page(await repo.listStatements(q), q);
  });

  getJson('/api/entities', async (c) => {
    const q = parseQuery(c, P.entitiesQuery);
    // the repository's entity list has no offset: ask for the pages before and drop them
    const all = await repo.listEntities({
      name: q.name,
      code: q.code,
      kind: q.kind,
      limit: q.offset + q.limit,
    });
    return page(all.slice(q.offset), q);
  });

  getJson('/api/documents', (c) => {
    const q = parseQuery(c, P.documentsQuery);
    const { items, total } = listDocuments(db, q);
    return page(items, q, total);
  });

  getJson('/api/documents/:id', async (c) => {
    parseQuery(c, P.emptyQuery);
    const id = c.req.param('id') ?? '';
    const doc = await repo.getDocument(id);
    if (!doc) throw notFound('document', id);
    return doc;
  });

  getJson('/api/search', async (c) => {
    const q = parseQuery(c, P.searchQuery);
    const kinds = new Set<P.SearchKind>(q.kinds ?? P.SEARCH_KINDS);
    const textKinds = [...kinds].filter((k): k is 'document' | 'statement' | 'entity' => k !== 'claim');
    // claims first: the ledger is what a search is usually after; then text hits by bm25
    const claims = kinds.has('claim')
      ? searchClaims(db, q.q, q.limit).map((cl) => ({
          kind: 'claim' as const,
          document: null,
          ref: cl.id,
          title: cl.proposition,
          snippet: `${cl.proposition} — ${cl.sources} source(s)${cl.contested ? ', contested' : ''}`,
          rank: 0,
        }))
      : [];
    const text = textKinds.length ? await repo.search(q.q, { limit: q.limit, kinds: textKinds }) : [];
    return { items: [...claims, ...text].slice(0, q.limit), limit: q.limit, offset: 0 };
  });

  getJson('/api/timeline', (c) => {
    const q = parseQuery(c, P.timelineQuery);
    const { items, total } = timeline(db, q);
    return page(items, q, total);
  });

  getJson('/api/network', (c) => network(db, parseQuery(c, P.networkQuery)));

  getJson('/api/map', (c) => worldMap(db, parseQuery(c, P.mapQuery)));

  app.get('/api/export', (c) => {
    const { format } = parseQuery(c, P.exportQuery);
    if (db.memory)
      throw new ApiError(400, 'bad_request', 'export needs a database file, not an in-memory one');
    const { type, file } = EXPORT_TYPES[format];
    return c.body(exportStream(db.name, format), 200, {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${file}"`,
      'Cache-Control': 'no-store',
    });
  });

  app.post(
    '/api/ingest',
    requireIngestToken(token),
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `body larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);
      },
    }),
    async (c) => {
      parseQuery(c, P.emptyQuery);
      const raws = parseIngestBody(c.req.header('content-type') ?? '', await c.req.text());
      return sendJson(c, { results: await ingestArticles(repo, raws) });
    },
  );

  const openapiBody = safeStringify(openapi);
  app.get('/openapi.json', (c) => c.body(openapiBody, 200, { 'Content-Type': JSON_TYPE }));

  app.all('/api/*', (c) => {
    const allowed = allowedMethods(c.req.path);
    if (allowed.length) {
      c.header('Allow', allowed.join(', '));
      throw new ApiError(
        405,
        'method_not_allowed',
        `${c.req.method} is not allowed on ${c.req.path} (${allowed.join(', ')})`,
      );
    }
    throw new ApiError(404, 'not_found', `no API route ${c.req.path} (see /openapi.json)`);
  });

  const web = serveWeb(options.webRoot ?? defaultWebRoot());
  app.get('*', (c: Context) => web(c));
  return app;
}

const PATTERNS = ROUTES.map((r) => ({
  method: r.method.toUpperCase(),
  re: new RegExp(`^${r.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

function allowedMethods(path: string): string[] {
  return PATTERNS.filter((p) => p.re.test(path)).map((p) => p.method);
}
