// The ingest guard. Without a configured token nothing can write (403 ingest_disabled); with one,
// a request must carry `Authorization: Bearer <token>` (else 401). Compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function tokenMatches(expected: string, given: string): boolean {
  return timingSafeEqual(digest(expected), digest(given));
}

export function requireIngestToken(token: string | null | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) {
      throw new ApiError(
        403,
        'ingest_disabled',
        'ingest is disabled on this server: start it with --ingest-token or WARTA_INGEST_TOKEN',
      );
    }
    const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(c.req.header('authorization') ?? '');
    if (!m || !tokenMatches(token, m[1])) {
      c.header('WWW-Authenticate', 'Bearer realm="warta ingest"');
      throw new ApiError(
        401,
        'unauthorized',
        m ? 'wrong ingest token' : 'missing Authorization: Bearer <token> header',
      );
    }
    await next();
  };
}
