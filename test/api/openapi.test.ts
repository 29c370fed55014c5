// /openapi.json describes every route the app registers and every parameter it accepts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createApp } from '../../src/api/app.js';
import { ROUTES } from '../../src/api/openapi.js';
import { startServer } from '../../src/api/server.js';
import { SqliteRepository } from '../../src/store/sqlite/repository.js';
import { call } from './helpers.js';

let dir: string;
let repo: SqliteRepository;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-api-openapi-'));
  repo = new SqliteRepository(join(dir, 'o.db'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});

type Op = { parameters: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[] };

describe('openapi.json', () => {
  it('lists every registered route with its method', async () => {
    const app = createApp({ repo, webRoot: dir });
    const r = await call(app, '/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    const registered = app.routes
      .filter((x) => (x.path.startsWith('/api/') && x.path !== '/api/*') || x.path === '/openapi.json')
      .filter((x) => x.method !== 'ALL')
      .map((x) => `${x.method.toLowerCase()} ${x.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(registered.length).toBeGreaterThanOrEqual(15);
    for (const route of registered) {
      const [method, path] = route.split(' ');
      expect(r.body.paths[path]?.[method], route).toBeDefined();
    }
    const described = Object.entries(r.body.paths).flatMap(([p, ops]) =>
      Object.keys(ops as object).map((m) => `${m} ${p}`),
    );
    expect(new Set(described)).toEqual(new Set(registered));
  });

  it('lists every parameter of every route, with its type', async () => {
    const app = createApp({ repo, webRoot: dir });
    const { body } = await call(app, '/openapi.json');
    for (const route of ROUTES) {
      const op = body.paths[route.path][route.method] as Op;
      const names = op.parameters.map((p) => `${p.in}:${p.name}`);
      const expected = [
        ...Object.keys((route.pathParams as z.ZodObject | undefined)?.shape ?? {}).map((k) => `path:${k}`),
        ...Object.keys((route.query as z.ZodObject | undefined)?.shape ?? {}).map((k) => `query:${k}`),
      ];
      expect(names.sort(), route.path).toEqual(expected.sort());
    }
    const claims = body.paths['/api/claims'].get as Op;
    const limit = claims.parameters.find((p) => p.name === 'limit');
    expect(limit?.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 500, default: 50 });
    expect(limit?.required).toBe(false);
    const contested = claims.parameters.find((p) => p.name === 'contested');
    expect(contested?.schema.type).toBe('boolean');
    const search = body.paths['/api/search'].get as Op;
    expect(search.parameters.find((p) => p.name === 'q')?.required).toBe(true);
    expect(body.paths['/api/ingest'].post.security).toEqual([{ ingestToken: [] }]);
    // every schema reference resolves
    const refs = [...JSON.stringify(body).matchAll(/"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]);
    for (const name of refs) expect(body.components.schemas[name], name).toBeDefined();
  });
});

describe('server', () => {
  it('listens on an ephemeral loopback port and stops cleanly', async () => {
    const own = new SqliteRepository(join(dir, 'o.db'));
    const server = await startServer({ repo: own, port: 0, webRoot: dir });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(`${server.url}api/health`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
    await server.close();
    await expect(fetch(`${server.url}api/health`)).rejects.toThrow();
    expect(own.db.open).toBe(false);
    await repo.close();
  });
});
