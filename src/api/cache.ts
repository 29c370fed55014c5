// A response cache for the read API. The store changes only when something writes, and SQLite says
// when: `data_version` moves when another connection commits, `total_changes()` when this one
// writes. A cached body is served only while both are unchanged, so a hit is never stale.
// Bounded by entries and by body size; the oldest entry goes first.
import { randomBytes } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { DB } from './queries/sql.js';

export interface CacheLimits {
  entries: number;
  body: number; // characters; larger answers (documents) are cheap to rebuild anyway
  total: number; // characters over all entries: memory stays bounded
}

export const DEFAULT_LIMITS: CacheLimits = { entries: 1000, body: 512 * 1024, total: 32 * 1024 * 1024 };

export class ResponseCache {
  private entries = new Map<string, { version: string; body: string }>();
  private size = 0; // characters held
  private versionQuery: Statement;
  // a restarted server has its own tag space: an old ETag never matches new data by accident
  private readonly epoch = randomBytes(4).toString('hex');

  constructor(
    db: DB,
    private readonly limits: CacheLimits = DEFAULT_LIMITS,
  ) {
    this.versionQuery = db.prepare(
      'SELECT (SELECT data_version FROM pragma_data_version) AS d, total_changes() AS t',
    );
  }

  /** The store's current version: changes whenever any connection has committed a write. */
  version(): string {
    const v = this.versionQuery.get() as { d: number; t: number };
    return `${v.d}.${v.t}`;
  }

  etag(version: string): string {
    return `W/"${this.epoch}.${version}"`;
  }

  get(key: string, version: string): string | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.version !== version) {
      this.drop(key);
      return undefined;
    }
    return e.body;
  }

  set(key: string, version: string, body: string): void {
    if (body.length > this.limits.body) return;
    this.drop(key);
    while (
      this.entries.size >= this.limits.entries ||
      (this.size + body.length > this.limits.total && this.entries.size > 0)
    ) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.drop(oldest);
    }
    this.entries.set(key, { version, body });
    this.size += body.length;
  }

  /** Entries and characters held (for tests and diagnostics). */
  held(): { entries: number; characters: number } {
    return { entries: this.entries.size, characters: this.size };
  }

  private drop(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.size -= e.body.length;
    this.entries.delete(key);
  }
}
