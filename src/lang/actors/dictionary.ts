// The lookup structures over a list of Actors: a map from folded alias key to candidates for whole
// surface forms, and a trie over pieces for longest-match over a token sequence.
import type { Actor, ActorEntry, ActorMatch, AliasKind } from './model.js';
import { ALIAS_KINDS } from './model.js';
import { cut, isAcronymPiece, isPlainPiece, keyOf, pieces } from './surface.js';

interface Candidate {
  pieces: string[]; // alias pieces, case kept, for the acronym check
  acronyms: number[]; // indexes of the pieces that must match exactly
  entry: ActorEntry;
}

/** The acronym rule over precomputed indexes (most aliases have none). */
function agrees(c: Candidate, text: readonly string[]): boolean {
  for (const i of c.acronyms) if (c.pieces[i] !== text[i]) return false;
  return true;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  here: Candidate[];
  // kept while indexing, so that most matches need neither the acronym filter nor the dedupe copies
  acronyms: boolean; // some alias here has an acronym piece
  distinct: boolean; // the aliases here are of different actors
}

const trieNode = (): TrieNode => ({ next: new Map(), here: [], acronyms: false, distinct: true });

function addHere(node: TrieNode, c: Candidate): void {
  if (c.acronyms.length > 0) node.acronyms = true;
  if (node.here.some((x) => x.entry.id === c.entry.id)) node.distinct = false;
  node.here.push(c);
}

export interface ActorDictionary {
  readonly actors: readonly Actor[];
  /** Actors whose alias equals the whole surface form (acronyms case-sensitive, others not). */
  lookup(surface: string): ActorEntry[];
  byId(id: string): Actor | undefined;
  byCode(code: string): Actor[];
  /**
   * Every alias that starts at token i and ends at a token boundary before `end`, longest first.
   * `lower`, the tokens lowercased, spares lowercasing them again when the caller has it.
   */
  matchAt(tokens: readonly string[], i: number, end?: number, lower?: readonly string[]): ActorMatch[];
  /** Number of distinct alias keys indexed (for docs and benchmarks). */
  readonly aliasCount: number;
}

const hasAcronym = (ps: string[]) => ps.some(isAcronymPiece);

/** Folded marks of an actor, computed once per actor while indexing. */
const markCache = new WeakMap<Actor, { key: string; acronym: boolean }[]>();

/** A mark covers an alias with the same key and the same acronym-ness: `Antara` marks `Antara`, not `ANTARA`. */
function isAmbiguous(actor: Actor, alias: string): boolean {
  if (actor.ambiguous.length === 0) return false;
  if (actor.ambiguous.includes('*')) return true;
  let marks = markCache.get(actor);
  if (!marks) {
    marks = actor.ambiguous.map((m) => ({ key: keyOf(pieces(m)), acronym: hasAcronym(pieces(m)) }));
    markCache.set(actor, marks);
  }
  const ps = pieces(alias);
  const k = keyOf(ps);
  const acronym = hasAcronym(ps);
  return marks.some((m) => m.key === k && m.acronym === acronym);
}

function entryFor(actor: Actor, alias: string, aliasKind: AliasKind): ActorEntry {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    code: actor.code,
    country: actor.country,
    level: actor.level,
    parent: actor.parent,
    role: actor.role,
    alias,
    aliasKind,
    metonym: aliasKind === 'metonym',
    ambiguous: isAmbiguous(actor, alias),
    actor,
  };
}

function sameCase(c: Candidate, text: readonly string[]): boolean {
  for (let i = 0; i < c.pieces.length; i++) if (c.pieces[i] !== text[i]) return false;
  return true;
}

/** Preference among aliases of one actor matching the same text: plain over metonym, exact case, acronym. */
function rank(c: Candidate, text: readonly string[]): number {
  return (c.entry.metonym ? 0 : 4) + (sameCase(c, text) ? 2 : 0) + (c.acronyms.length > 0 ? 1 : 0);
}

/**
 * One candidate per actor, its best-ranked matching alias, in the order the actors first come. A list
 * scan, not a map: an alias key has at most a handful of candidates.
 */
function dedupeCandidates(cands: Candidate[], text: readonly string[]): Candidate[] {
  if (cands.length <= 1) return cands;
  const best: Candidate[] = [];
  for (const c of cands) {
    let k = 0;
    while (k < best.length && best[k].entry.id !== c.entry.id) k++;
    if (k === best.length) best.push(c);
    else if (rank(c, text) > rank(best[k], text)) best[k] = c;
  }
  return best;
}

/** The trie node after a token's pieces, if any alias goes on with them. */
function step(node: TrieNode, token: string, lowered: string | undefined): TrieNode | undefined {
  if (isPlainPiece(token)) return node.next.get(lowered ?? token.toLowerCase());
  const { lower } = cut(token);
  if (lower.length === 0) return undefined;
  let at: TrieNode | undefined = node;
  for (const p of lower) {
    at = at.next.get(p);
    if (!at) return undefined;
  }
  return at;
}

function pushPieces(out: string[], token: string): void {
  if (isPlainPiece(token)) out.push(token);
  else for (const p of cut(token).pieces) out.push(p);
}

/** The aliases ending at one trie node that agree with the text, one per actor. */
function pushMatches(out: ActorMatch[], node: TrieNode, text: readonly string[], length: number): void {
  const ok = node.acronyms ? node.here.filter((c) => agrees(c, text)) : node.here;
  for (const c of node.distinct ? ok : dedupeCandidates(ok, text))
    out.push({ entry: c.entry, length, exactCase: sameCase(c, text) });
}

export function buildDictionary(actors: Actor[]): ActorDictionary {
  const byKey = new Map<string, Candidate[]>();
  const root = trieNode();
  const ids = new Map(actors.map((a) => [a.id, a]));
  const codes = new Map<string, Actor[]>();

  for (const actor of actors) {
    if (actor.code) {
      const list = codes.get(actor.code);
      if (list) list.push(actor);
      else codes.set(actor.code, [actor]);
    }
    for (const kind of ALIAS_KINDS) {
      for (const alias of actor.aliases[kind]) {
        const ps = pieces(alias);
        if (ps.length === 0) continue;
        const acronyms = ps.flatMap((p, i) => (isAcronymPiece(p) ? [i] : []));
        const cand: Candidate = { pieces: ps, acronyms, entry: entryFor(actor, alias, kind) };
        const key = keyOf(ps);
        const list = byKey.get(key);
        if (list) list.push(cand);
        else byKey.set(key, [cand]);
        let node = root;
        for (const p of ps) {
          const lower = p.toLowerCase();
          let child = node.next.get(lower);
          if (!child) {
            child = trieNode();
            node.next.set(lower, child);
          }
          node = child;
        }
        addHere(node, cand);
      }
    }
  }

  return {
    actors,
    aliasCount: byKey.size,
    byId: (id) => ids.get(id),
    byCode: (code) => codes.get(code) ?? [],
    lookup(surface) {
      const { pieces: ps, key } = cut(surface);
      const cands = byKey.get(key);
      return cands
        ? dedupeCandidates(
            cands.filter((c) => agrees(c, ps)),
            ps,
          ).map((c) => c.entry)
        : [];
    },
    matchAt(tokens, i, end = tokens.length, lower) {
      // most calls match nothing: the arrays are made only when a node holds aliases
      let out: ActorMatch[] | null = null;
      let seen: string[] | null = null; // pieces of tokens[i..seenTo), case kept
      let seenTo = i;
      let node: TrieNode | undefined = root;
      for (let j = i; j < end; j++) {
        node = step(node, tokens[j], lower?.[j]);
        if (!node) break;
        if (node.here.length === 0) continue;
        seen ??= [];
        for (; seenTo <= j; seenTo++) pushPieces(seen, tokens[seenTo]);
        out ??= [];
        pushMatches(out, node, seen, j - i + 1);
      }
      return out ? out.reverse() : [];
    },
  };
}
