// The actor dictionary's plain data: one Actor per line of the actor TSVs (merged by id), and the
// ActorEntry a lookup returns — the actor as reached through one alias, with that alias's flags.
import type { EntityKind } from '../../types.js';

export type AdminLevel = 'province' | 'regency' | 'city';

/** Which column an alias came from. `name` is the canonical English name itself. */
export type AliasKind = 'name' | 'id' | 'en' | 'other' | 'metonym' | 'demonym';

export interface Actor {
  id: string; // stable slug
  name: string; // canonical English name
  kind: EntityKind;
  code: string | null; // CAMEO-style code; null for regions without one (Middle East)
  country: string | null; // ISO alpha-3
  level: AdminLevel | null; // administrative places only
  parent: string | null; // actor id (province of a regency, sovereign of a territory, body of an organ)
  role: string | null; // people: office held, as data
  aliases: Record<AliasKind, string[]>;
  ambiguous: string[]; // aliases (as written) the linker must not resolve without context; '*' = all
  sources: string[]; // file:line of every row that made this actor
}

export interface ActorEntry {
  id: string;
  name: string;
  kind: EntityKind;
  code: string | null;
  country: string | null;
  level: AdminLevel | null;
  parent: string | null;
  role: string | null;
  alias: string; // the alias as written in the data
  aliasKind: AliasKind;
  metonym: boolean; // a capital or seat standing for the actor (`Pyongyang` → North Korea)
  ambiguous: boolean; // the alias also names something else: do not link it without context
  actor: Actor;
}

export interface ActorMatch {
  entry: ActorEntry;
  length: number; // number of tokens covered
  // the text is written exactly as the alias (`Medan`, not `medan` — "field"): names matched only
  // case-insensitively are often common words, which the linker should not take for places
  exactCase: boolean;
}

export const ENTITY_KINDS: readonly EntityKind[] = [
  'person',
  'organization',
  'country',
  'location',
  'region',
  'media',
  'igo',
];
export const ADMIN_LEVELS: readonly AdminLevel[] = ['province', 'regency', 'city'];
export const ALIAS_KINDS: readonly AliasKind[] = ['name', 'id', 'en', 'other', 'metonym', 'demonym'];
