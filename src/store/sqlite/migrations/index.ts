// Forward migrations in order. Add a file NNN-name.ts exporting version/name/sql (and optionally run) and list it here;
// never edit a migration that has shipped.

import type { DB } from '../open.js';
import * as m001 from './001-initial.js';
import * as m002 from './002-source-evidence.js';
import * as m003 from './003-statement-seen.js';
import * as m004 from './004-entity-terms.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Data changes SQL cannot express (e.g. re-deriving search terms), after `sql`, same transaction. */
  run?: (db: DB) => void;
}

export const migrations: Migration[] = [m001, m002, m003, m004];
