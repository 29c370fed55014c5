// The HTTP app: the JSON API under /api, its OpenAPI description, and the web UI for everything else.
// Built on hono so it runs in-process in tests (app.request) and on node's http server in `warta serve`.
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { SqliteRepository } from '../store/sqlite/repository.js';
import { matchExpression } from '../store/terms.js';
import { requireIngestToken } from './auth.js';
import { ApiError, errorBody, notFound, sendError } from './errors.js';
import { EXPORT_TYPES, exportStream } from './export.js';
import { securityHeaders } from './headers.js';
import { ingestArticles, MAX_BODY_BYTES, parseIngestBody } from './ingest.js';
import { sendJson } from './json.js';
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
}

const page = <T>(items: T[], q: { limit: number; offset: number }, total?: number) =>
  total === undefined ? { items, limit: q.limit, offset: q.offset } : { items, limit: q.limit, offset: q.offset, total };

export function createApp(options: AppOptions): Hono {
  const { repo } = options;
  const db = repo.db;
  const token = options.ingestToken || null;
  // Without a token nothing may write: the connection itself refuses (PRAGMA query_only).
  if (!token) db.pragma('query_only = ON');
  const version = packageVersion();
  const openapi = openApiDocument(version);
  const app = new Hono();

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
      return sendJson(c, errorBody(err.status === 413 ? 'payload_too_large' : 'bad_request', err.message), err.status);
    }
    console.error(`warta serve: ${c.req.method} ${c.req.path}:`, err);
    return sendJson(c, errorBody('internal', 'internal error (see the server log)'), 500);
  });

  app.get('/api/health', (c) => {
    parseQuery(c, P.emptyQuery);
    return sendJson(c, { ok: true, version, ingest: token !== null });
  });

  app.get('/api/stats', async (c) => {
    parseQuery(c, P.emptyQuery);
    return sendJson(c, await repo.stats());
  });

  app.get('/api/claims', (c) => {
    const q = parseQuery(c, P.claimsQuery);
    const { items, total } = listClaims(db, q);
    return sendJson(c, page(items, q, total));
  });

  app.get('/api/claims/:id', async (c) => {
    parseQuery(c, P.emptyQuery);
    const id = c.req.param('id');
    const claim = await repo.getClaim(id);
    if (!claim) throw notFound('claim', id);
    return sendJson(c, claim);
  });

  app.get('/api/statements', async (c) => {
    const q = parseQuery(c, P.statementsQuery);
    // a query of punctuation alone has no words: it matches nothing rather than everything
    if (q.about && !matchExpression(q.about)) return sendJson(c, page([], q));
    const items = await repo.listStatements(q);
    return sendJson(c, page(items, q));
  });

  app.get('/api/entities', async (c) => {
    const q = parseQuery(c, P.entitiesQuery);
    // the repository's entity list has no offset: ask for the pages before and drop them
    const all = await repo.listEntities({ name: q.name, code: q.code, kind: q.kind, limit: q.offset + q.limit });
    return sendJson(c, page(all.slice(q.offset), q));
  });

  app.get('/api/documents', (c) => {
    const q = parseQuery(c, P.documentsQuery);
    const { items, total } = listDocuments(db, q);
    return sendJson(c, page(items, q, total));
  });

  app.get('/api/documents/:id', async (c) => {
    parseQuery(c, P.emptyQuery);
    const id = c.req.param('id');
    const doc = await repo.getDocument(id);
    if (!doc) throw notFound('document', id);
    return sendJson(c, doc);
  });

  app.get('/api/search', async (c) => {
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
    const items = [...claims, ...text].slice(0, q.limit);
    return sendJson(c, { items, limit: q.limit, offset: 0 });
  });

  app.get('/api/timeline', (c) => {
    const q = parseQuery(c, P.timelineQuery);
    const { items, total } = timeline(db, q);
    return sendJson(c, page(items, q, total));
  });

  app.get('/api/network', (c) => sendJson(c, network(db, parseQuery(c, P.networkQuery))));

  app.get('/api/map', (c) => sendJson(c, worldMap(db, parseQuery(c, P.mapQuery))));

  app.get('/api/export', (c) => {
    const { format } = parseQuery(c, P.exportQuery);
    if (db.memory) throw new ApiError(400, 'bad_request', 'export needs a database file, not an in-memory one');
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

  app.get('/openapi.json', (c) => sendJson(c, openapi));

  app.all('/api/*', (c) => {
    const allowed = allowedMethods(c.req.path);
    if (allowed.length) {
      c.header('Allow', allowed.join(', '));
      throw new ApiError(405, 'method_not_allowed', `${c.req.method} is not allowed on ${c.req.path} (${allowed.join(', ')})`);
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
