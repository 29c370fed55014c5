// Opening the store the CLI and the API use. Default file: warta.db in the working directory,
// overridden by --db or the WARTA_DB environment variable.
import { resolve } from 'node:path';
import { SqliteRepository } from './sqlite/repository.js';

export type { Repository } from './repository.js';
export { SqliteRepository };

export function defaultDbPath(option?: string | null): string {
  return resolve(option || process.env.WARTA_DB || 'warta.db');
}

export function openRepository(path?: string | null): SqliteRepository {
  return new SqliteRepository(defaultDbPath(path));
}
