// Opens a SQLite database for warta: WAL journal, foreign keys, schema migrated forward.
import Database from 'better-sqlite3';
import { type Migration, migrations } from './migrations/index.js';

export type DB = Database.Database;

export function openDatabase(path: string, options: { readonly?: boolean } = {}): DB {
  const db = new Database(path, { readonly: options.readonly ?? false });
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a power cut may lose the last commits but never corrupts the file;
    // a killed process loses nothing that was committed.
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // a bounded page cache, whatever the corpus size (WARTA_SQLITE_CACHE_MB, 16 MB by default)
  db.pragma(`cache_size = -${1000 * Number(process.env.WARTA_SQLITE_CACHE_MB ?? 16)}`);
  if (!options.readonly) migrate(db);
  return db;
}

export function schemaVersion(db: DB): number {
  const exists = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'`)
    .get();
  if (!exists) return 0;
  const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/** Applies every migration newer than the database, each in its own transaction. */
export function migrate(db: DB, list: Migration[] = migrations): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const current = schemaVersion(db);
  const latest = list.reduce((v, m) => Math.max(v, m.version), 0);
  if (current > latest) {
    throw new Error(`database schema version ${current} is newer than this warta (${latest}); upgrade warta`);
  }
  const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of [...list].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      m.run?.(db);
      record.run(m.version, m.name, new Date().toISOString());
    })();
  }
  return schemaVersion(db);
}
