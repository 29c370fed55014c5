// Forward migrations in order. Add a file NNN-name.ts exporting version/name/sql and list it here;
// never edit a migration that has shipped.
import * as m001 from './001-initial.js';
import * as m002 from './002-source-evidence.js';
import * as m003 from './003-statement-seen.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [m001, m002, m003];
