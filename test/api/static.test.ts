// The web UI: built files from the web root, index.html for client-side routes, a hint page when the
// UI is not built, JSON 404s under /api, nothing outside the web root, security headers everywhere.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { SqliteRepository } from '../../src/store/sqlite/repository.js';
import { call } from './helpers.js';

let dir: string;
let repo: SqliteRepository;
const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/app-1a2b.js"></script></head><body><div id="app"></div></body></html>';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-api-web-'));
  mkdirSync(join(dir, 'web', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'web', 'index.html'), INDEX);
  writeFileSync(join(dir, 'web', 'assets', 'app-1a2b.js'), 'console.log("warta");');
  writeFileSync(join(dir, 'web', 'assets', 'app-1a2b.css'), 'body{margin:0}');
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  repo = new SqliteRepository(join(dir, 'web.db'));
});

afterAll(async () => {
  await repo.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('with a built UI', () => {
  const app = () => createApp({ repo, webRoot: join(dir, 'web') });

  it('serves index.html at / and for client-side routes', async () => {
    for (const path of ['/', '/claims/c41c115653ba4a5d', '/map', '/search?q=perang']) {
      const r = await call(app(), path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('content-type')).toContain('text/html');
      expect(r.raw).toBe(INDEX);
    }
  });

  it('serves assets with their content type and long caching', async () => {
    const js = await call(app(), '/assets/app-1a2b.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(js.raw).toBe('console.log("warta");');
    const css = await call(app(), '/assets/app-1a2b.css');
    expect(css.headers.get('content-type')).toContain('text/css');
  });

  it('finds relative asset URLs requested under a deep path', async () => {
    const js = await call(app(), '/claims/abc/assets/app-1a2b.js');
    expect(js.status).toBe(200);
    expect(js.raw).toBe('console.log("warta");');
  });

  it('answers 404 for a missing asset rather than the SPA page', async () => {
    const r = await call(app(), '/assets/gone.js');
    expect(r.status).toBe(404);
  });

  it('never serves files outside the web root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const r = await call(app(), path);
      expect(r.raw, path).not.toContain('not for the web');
    }
  });

  it('keeps /api paths for the API', async () => {
    const r = await call(app(), '/api/unknown');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
  });

  it('sends the CSP and nosniff with pages', async () => {
    const r = await call(app(), '/');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('without a built UI', () => {
  it('explains how to build it', async () => {
    const app = createApp({ repo, webRoot: join(dir, 'missing') });
    for (const path of ['/', '/claims/abc']) {
      const r = await call(app, path);
      expect(r.status).toBe(200);
      expect(r.raw).toContain('npm run build:web');
    }
  });
});
