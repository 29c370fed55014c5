// The response cache: a hit only while the store is unchanged (writes on this connection or another
// one invalidate), and memory bounded by entries, body size and total size.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/api/cache.js';
import { SqliteRepository } from '../../src/store/sqlite/repository.js';
import { assertion, denial } from '../store/fixtures.js';

let dir: string;
let a: SqliteRepository;
let b: SqliteRepository;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-api-cache-'));
  a = new SqliteRepository(join(dir, 'c.db'));
  b = new SqliteRepository(join(dir, 'c.db'));
});
afterAll(async () => {
  await a.close();
  await b.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ResponseCache', () => {
  it('serves a body until a write on either connection', async () => {
    const cache = new ResponseCache(a.db);
    const v0 = cache.version();
    cache.set('/api/claims', v0, '{"items":[]}');
    expect(cache.get('/api/claims', cache.version())).toBe('{"items":[]}');
    await b.putAnalysis(assertion()); // another connection commits
    const v1 = cache.version();
    expect(v1).not.toBe(v0);
    expect(cache.get('/api/claims', v1)).toBeUndefined();
    cache.set('/api/claims', v1, '{"items":[1]}');
    await a.putAnalysis(denial()); // this connection writes
    expect(cache.get('/api/claims', cache.version())).toBeUndefined();
    expect(cache.etag(v0)).not.toBe(cache.etag(v1));
  });

  it('stays within its entry, body and total limits, dropping the oldest first', () => {
    const cache = new ResponseCache(a.db, { entries: 3, body: 10, total: 20 });
    const v = cache.version();
    cache.set('big', v, 'x'.repeat(11));
    expect(cache.get('big', v)).toBeUndefined();
    for (const k of ['k1', 'k2', 'k3', 'k4']) cache.set(k, v, '12345');
    expect(cache.held().entries).toBe(3);
    expect(cache.get('k1', v)).toBeUndefined();
    expect(cache.get('k4', v)).toBe('12345');
    cache.set('k5', v, '1234567890');
    expect(cache.held().characters).toBeLessThanOrEqual(20);
    expect(cache.get('k5', v)).toBe('1234567890');
  });
});
