// Reads actor TSV files into Actors. Rows with an id seen before extend that actor (aliases and
// ambiguity marks are added; other fields must be empty or agree), which is how a curated file adds
// `Korut` to the generated North Korea without editing generated output.
import type { EntityKind } from '../../types.js';
import { type Actor, ADMIN_LEVELS, type AdminLevel, type AliasKind, ENTITY_KINDS } from './model.js';
import { parseTsv, splitList } from './tsv.js';

const ALIAS_COLUMNS: [string, AliasKind][] = [
  ['aliases_id', 'id'],
  ['aliases_en', 'en'],
  ['aliases_other', 'other'],
  ['metonym_aliases', 'metonym'],
];
const SCALARS = ['name', 'kind', 'code', 'country', 'level', 'parent', 'role'] as const;
const COLUMNS = new Set<string>(['id', ...SCALARS, ...ALIAS_COLUMNS.map(([c]) => c), 'ambiguous', 'note']);

export function emptyAliases(): Record<AliasKind, string[]> {
  return { name: [], id: [], en: [], other: [], metonym: [], demonym: [] };
}

/** Adds the actor rows of one file to `into` (keyed by id). Throws on malformed rows. */
export function readActorTsv(text: string, file: string, into: Map<string, Actor>): void {
  const table = parseTsv(text, file);
  if (table.rows.length > 0 && !table.columns.includes('id')) throw new Error(`${file}: no "id" column`);
  // a misspelt column would silently drop its aliases: refuse it
  const unknown = table.columns.filter((c) => !COLUMNS.has(c));
  if (unknown.length > 0) throw new Error(`${file}: unknown column(s) ${unknown.join(', ')}`);
  for (const row of table.rows) {
    const where = `${file}:${row.line}`;
    const id = row.get('id');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new Error(`${where}: bad id "${id}"`);
    const kind = row.get('kind');
    if (kind && !ENTITY_KINDS.includes(kind as EntityKind)) throw new Error(`${where}: bad kind "${kind}"`);
    const level = row.get('level');
    if (level && !ADMIN_LEVELS.includes(level as AdminLevel))
      throw new Error(`${where}: bad level "${level}"`);
    let actor = into.get(id);
    if (!actor) {
      if (!row.get('name') || !kind) throw new Error(`${where}: a new actor needs a name and a kind`);
      actor = {
        id,
        name: row.get('name'),
        kind: kind as EntityKind,
        code: row.get('code') || null,
        country: row.get('country') || null,
        level: (level as AdminLevel) || null,
        parent: row.get('parent') || null,
        role: row.get('role') || null,
        aliases: emptyAliases(),
        ambiguous: [],
        sources: [],
      };
      actor.aliases.name.push(actor.name);
      into.set(id, actor);
    } else {
      if (kind)
        throw new Error(
          `${where}: duplicate id "${id}" (first at ${actor.sources[0]}); extension rows leave kind empty`,
        );
      for (const col of SCALARS) {
        const v = row.get(col);
        const have = actor[col];
        if (v && v !== have)
          throw new Error(`${where}: extends "${id}" but ${col} "${v}" differs from "${have}"`);
      }
    }
    actor.sources.push(where);
    for (const [col, k] of ALIAS_COLUMNS) addUnique(actor.aliases[k], splitList(row.get(col)));
    addUnique(actor.ambiguous, splitList(row.get('ambiguous')));
  }
}

export function addUnique(list: string[], items: string[]): void {
  for (const it of items) if (!list.includes(it)) list.push(it);
}
