// The patterns of news prose around names: roles before a person, appositions naming an affiliation,
// organisation heads with a country (`kementerian pertahanan Korea Utara`), unnamed actors (`seorang
// pejabat …`), anaphors (`pejabat itu`, `sang menteri`), media descriptors and acronyms in brackets.
import { lowerWords } from './lexicons.js';
import type { Cand, Ctx } from './mentions.js';
import { cand, isCap, parenEnd, parenStart } from './mentions.js';

const POLITY = new Set(['country', 'igo', 'organization', 'media', 'location']);

function sentenceBounds(ctx: Ctx, tok: number): [number, number] {
  return ctx.sentTokens[ctx.doc.tokens[tok].sentence];
}

function candAt(cands: Cand[], tok: number): Cand | undefined {
  return cands.find((c) => c.tokStart === tok);
}

function covering(cands: Cand[], tok: number): Cand | undefined {
  return cands.find((c) => c.tokStart <= tok && tok < c.tokEnd);
}

// Helpers that hold the closures of per-token loops: a closure reading the loop's token index made V8
// allocate a context for every token.

/** A candidate covering token t that runs on to `past` or beyond. */
const coveringPast = (cands: Cand[], t: number, past: number) =>
  cands.some((c) => c.tokStart <= t && t < c.tokEnd && c.tokEnd > past);

/** The first of `phrases` (lowercased word lists) written at token i of `low`. */
const phraseAt = (phrases: string[][], low: readonly string[], i: number) =>
  phrases.find((h) => h.every((w, k) => low[i + k] === w));

/** Which tokens some candidate covers: one pass, so pattern scans do not search the list per token. */
function coveredTokens(ctx: Ctx, cands: Cand[]): Uint8Array {
  const out = new Uint8Array(ctx.words.length);
  for (const c of cands) out.fill(1, c.tokStart, c.tokEnd);
  return out;
}

/** Sector words right after a head (`pertahanan`, `luar negeri`) → the first sector they name. */
function sectorWords(ctx: Ctx, from: number, to: number): { sector: string | null; end: number } {
  let i = from;
  let sector: string | null = null;
  while (i < to) {
    const m = ctx.lex.sectors.match(ctx.words, i);
    if (!m) break;
    sector ??= m.value;
    i += m.length;
  }
  return { sector, end: i };
}

/**
 * `kementerian pertahanan Korea Utara`, `militer Israel`, `Kementerian Luar Negeri Rusia`: an organisation
 * head, optional sector words, then a country or IGO mention. The organisation is coded country + sector.
 */
/**
 * `Kementerian Luar Negeri Iran`: the dictionary's bare `Kementerian Luar Negeri` is Indonesia's, but a
 * country right after it names another's. Such a match is dropped, so that its head derives with that
 * country (`derivedOrganisations`).
 */
export function foreignOwners(ctx: Ctx, known: Cand[]): Cand[] {
  return known.filter((c) => {
    const home = c.source === 'dict' && c.kind === 'organization' ? c.entry?.country : undefined;
    // `Departemen Luar Negeri (DFA) Filipina`: the country may follow the body's bracketed acronym
    const close = parenEnd(ctx.words, c.tokEnd, ctx.words.length);
    const next = home ? candAt(known, close > 0 ? close : c.tokEnd) : undefined;
    // (`Kementerian Kesehatan Gaza`: a territory coded as another state owns it too)
    const country =
      next?.kind === 'country'
        ? next.entry?.code
        : next?.kind === 'location'
          ? next.entry?.country
          : undefined;
    return !(country && country !== home && ctx.lex.orgHeads.match(ctx.words, c.tokStart));
  });
}

export function derivedOrganisations(ctx: Ctx, known: Cand[]): Cand[] {
  const out: Cand[] = [];
  const covered = coveredTokens(ctx, known);
  for (const [s, e] of ctx.sentTokens) {
    for (let i = s; i < e; i++) {
      if (covered[i]) continue;
      const head = ctx.lex.orgHeads.match(ctx.words, i, e);
      if (!head) continue;
      const { sector, end } = sectorWords(ctx, i + head.length, e);
      // `Departemen Luar Negeri (DFA) Filipina`: the owner may follow the body's bracketed acronym; the
      // body's span then ends before the bracket, so that the acronym names it
      const close = parenEnd(ctx.words, end, e);
      const owner = candAt(known, end) ?? (close > 0 ? candAt(known, close) : undefined);
      if (!owner || (owner.kind !== 'country' && owner.kind !== 'igo')) continue;
      const stop = owner.tokStart === end ? owner.tokEnd : end;
      const ownerText = ctx.doc.text.slice(owner.start, owner.end);
      const country = owner.entry?.country ?? (owner.kind === 'country' ? owner.entry?.code : null) ?? null;
      const base = owner.kind === 'igo' ? (owner.entry?.code ?? null) : country;
      // a field refines a government head (`kementerian pertahanan`: MIL), not another body's
      // (`perusahaan pertahanan AS`: a business, BUS)
      const refinable = !head.value.sector || head.value.sector === 'GOV';
      const sec = (refinable ? sector : null) ?? head.value.sector;
      const isMedia = head.value.kind === 'media';
      out.push(
        cand(ctx, i, stop, {
          kind: isMedia ? 'media' : 'organization',
          source: 'derived-org',
          name:
            stop === owner.tokEnd
              ? ctx.doc.text.slice(ctx.doc.tokens[i].start, ctx.doc.tokens[owner.tokEnd - 1].end)
              : `${ctx.doc.text.slice(ctx.doc.tokens[i].start, ctx.doc.tokens[stop - 1].end)} ${ownerText}`,
          code: base ? `${base}${sec && !base.endsWith(sec) ? sec : ''}` : sec,
          why: `organisation head "${head.phrase}"${sector ? ` + sector ${sector}` : ''} + ${owner.entry?.alias ?? 'owner'}`,
        }),
      );
      i = stop - 1;
    }
  }
  return out;
}

/**
 * `meminta pemerintah mempercepat …`: a bare `pemerintah` is the government of the article's country (the
 * one most of its actors belong to), when the dictionary has that government; none when the article has
 * no leading country, or a word after it names another government (`pemerintah daerah`).
 */
export function bareGovernments(ctx: Ctx, known: Cand[], country: string | null): Cand[] {
  const { heads, other } = ctx.lex.bareGovernment;
  if (!country || heads.size === 0) return [];
  const state = ctx.dict.byCode(country)[0]?.id;
  const gov = ctx.dict
    .byCode(`${country}GOV`)
    .find((a) => a.parent === state && a.kind === 'organization' && /^Government of /.test(a.name));
  const entry = gov ? ctx.dict.lookup(gov.name).find((x) => x.id === gov.id) : undefined;
  if (!entry) return [];
  const out: Cand[] = [];
  const covered = coveredTokens(ctx, known);
  const low = lowerWords(ctx.words);
  for (const [s, e] of ctx.sentTokens) {
    for (let i = s; i < e; i++) {
      const w = ctx.words[i];
      if (covered[i] || !heads.has(low[i]) || (w !== low[i] && i !== s)) continue;
      const next = ctx.words[i + 1] ?? '';
      if (other.has(next.toLowerCase()) || (i + 1 < e && isCap(next) && next !== '(')) continue;
      out.push(
        cand(ctx, i, i + 1, {
          kind: 'organization',
          source: 'dict',
          entry,
          why: `bare "${w}": the government of the article's country ${country}`,
        }),
      );
    }
  }
  return out;
}

/**
 * `Israel's military`, `China's embassy in Jakarta`, `Russia's foreign ministry`, `the Thai army`: in
 * English, a country's possessive or demonym before an institution noun (after optional field words)
 * names that country's body.
 */
export function possessiveOrganisations(ctx: Ctx, known: Cand[]): Cand[] {
  if (ctx.doc.lang !== 'en') return [];
  const out: Cand[] = [];
  for (const c of known) {
    if (c.kind !== 'country' || !c.entry) continue;
    // `Israel's military`, or a demonym before the noun: `the Thai army`, `Cambodian forces`
    const possessive = /^['’]$/u.test(ctx.words[c.tokEnd] ?? '') && ctx.words[c.tokEnd + 1] === 's';
    if (!possessive && c.entry.aliasKind !== 'demonym') continue;
    const [, e] = sentenceBounds(ctx, c.tokStart);
    const { sector, end } = sectorWords(ctx, possessive ? c.tokEnd + 2 : c.tokEnd, e);
    const head = ctx.lex.institutions.match(ctx.words, end, e);
    if (!head) continue;
    const stop = end + head.length;
    const country = c.entry.country ?? c.entry.code;
    const sec = sector ?? head.value;
    out.push(
      cand(ctx, c.tokStart, stop, {
        kind: 'organization',
        source: 'derived-org',
        name: ctx.doc.text.slice(c.start, ctx.doc.tokens[stop - 1].end),
        code: country ? `${country}${sec}` : sec,
        why: `${possessive ? `possessive "${c.entry.alias}'s"` : `demonym "${c.entry.alias}"`} + institution "${head.phrase}"`,
      }),
    );
  }
  return out;
}

/** `kantor berita Xinhua`, `harian Kompas`: the descriptor joins the media mention. */
export function mediaDescriptors(ctx: Ctx, known: Cand[]): void {
  for (const c of known) {
    if (c.kind !== 'media' && c.kind !== 'organization') continue;
    for (let n = 3; n >= 1; n--) {
      const from = c.tokStart - n;
      if (from < sentenceBounds(ctx, c.tokStart)[0]) continue;
      const head = ctx.lex.orgHeads.match(ctx.words, from, c.tokStart);
      if (head && head.length === n && head.value.kind === 'media') {
        c.tokStart = from;
        c.start = ctx.doc.tokens[from].start;
        c.kind = 'media';
        c.why += `; media descriptor "${head.phrase}"`;
        break;
      }
    }
  }
}

/**
 * Roles before a person: the longest title phrase (`Juru bicara`, `Menteri Luar Negeri`, `Presiden`)
 * followed only by capitalised words, organisations and sector words up to the name.
 */
export function attachRoles(ctx: Ctx, persons: Cand[], all: Cand[]): void {
  for (const p of persons) {
    const [s] = sentenceBounds(ctx, p.tokStart);
    let best: { from: number; sector: string | null } | null = null;
    for (let from = p.tokStart - 1; from >= Math.max(s, p.tokStart - 10); from--) {
      // `Menteri Luar Negeri (Menlu) RI`: the short form is inside the role; a person's short name
      // (`Presiden Joko Widodo (Jokowi) dan …`) ends it
      const open = parenStart(ctx.words, from, s);
      if (open > s && covering(all, open + 1)?.kind !== 'person') from = open - 1;
      const w = ctx.words[from];
      if (!/^[\p{L}\p{N}.-]/u.test(w)) break; // punctuation ends a role
      const t = ctx.lex.titles.match(ctx.words, from, p.tokStart);
      if (t) best = { from, sector: t.value };
      if (!roleWord(ctx, all, from, p.tokStart)) break;
    }
    let roleEnd = p.tokStart;
    if (!best) {
      best = roleInApposition(ctx, p, all, s);
      if (!best) continue;
      roleEnd = p.tokStart - 1;
    }
    // `Deputy Treasury Secretary`: capitalised words right before the title belong to the role
    while (
      best.from > s &&
      isCap(ctx.words[best.from - 1]) &&
      /\p{L}/u.test(ctx.words[best.from - 1]) &&
      !covering(all, best.from - 1)
    )
      best.from--;
    p.role = ctx.doc.text.slice(ctx.doc.tokens[best.from].start, ctx.doc.tokens[roleEnd - 1].end);
    p.roleSector = best.sector;
    // The affiliation is the last organisation-like mention inside the role.
    const inRole = all.filter(
      (c) => c !== p && c.tokStart >= best.from && c.tokEnd <= roleEnd && POLITY.has(c.kind),
    );
    const aff = inRole.sort((a, b) => b.tokEnd - a.tokEnd || a.tokStart - b.tokStart)[0];
    if (aff) p.affiliation = aff;
    p.why += `; role "${p.role}"`;
  }
}

/**
 * `Anggota Komisi X DPR dari Partai Demokrat, Vena Melinda, mendukung …`: a role that opens the clause,
 * then the person between commas. The role starts with a title, at the sentence start or after
 * punctuation, and holds only capitalised words, mentions, sector words and `dari`/`of`.
 */
function roleInApposition(
  ctx: Ctx,
  p: Cand,
  all: Cand[],
  s: number,
): { from: number; sector: string | null } | null {
  const comma = p.tokStart - 1;
  if (ctx.words[comma] !== ',' || ctx.words[p.tokEnd] !== ',') return null;
  for (let from = comma - 1; from >= Math.max(s, comma - 10); from--) {
    const w = ctx.words[from];
    if (!/^[\p{L}\p{N}.-]/u.test(w)) return null;
    const t = ctx.lex.titles.match(ctx.words, from, comma);
    if (t && (from === s || !/^[\p{L}\p{N}]/u.test(ctx.words[from - 1]))) return { from, sector: t.value };
    if (!roleWord(ctx, all, from, comma) && !APPOSITION.has(w.toLowerCase())) return null;
  }
  return null;
}

/**
 * Can the word at `from` be part of a role before `limit`: capitalised, inside a mention, a sector or
 * connector word, or inside a title phrase (`Juru bicara`; otherwise lowercase words end a role).
 */
function roleWord(ctx: Ctx, all: Cand[], from: number, limit: number): boolean {
  const w = ctx.words[from];
  return (
    isCap(w) ||
    covering(all, from) !== undefined ||
    Boolean(ctx.lex.sectors.match(ctx.words, from)) ||
    ctx.lex.connectors.has(w.toLowerCase()) ||
    titleCovers(ctx, from, limit)
  );
}

function titleCovers(ctx: Ctx, tok: number, limit: number): boolean {
  for (let from = tok; from >= Math.max(0, tok - 3); from--) {
    const t = ctx.lex.titles.match(ctx.words, from, limit);
    if (t && from + t.length > tok) return true;
  }
  return false;
}

const APPOSITION = new Set(['dari', 'of', 'from', 'at', 'di']);

/** `Dewi Fortuna, dari Center for …` / `X, an analyst at Y`: the organisation after the name is the affiliation. */
export function appositions(ctx: Ctx, persons: Cand[], all: Cand[]): void {
  for (const p of persons) {
    if (p.affiliation) continue;
    const [, e] = sentenceBounds(ctx, p.tokStart);
    let i = p.tokEnd;
    if (ctx.words[i] === ',') i++;
    // `Lord Halifax, Presiden Dewan, mengunjungi …`: a title in apposition is the person's role
    const title = !p.role && i > p.tokEnd ? ctx.lex.titles.match(ctx.words, i, e) : null;
    if (title && isCap(ctx.words[i])) {
      let j = i + title.length;
      while (j < e && j - i < 8 && ctx.words[j] !== ',' && ctx.words[j] !== '.') j++;
      if (ctx.words[j] === ',') {
        p.role = ctx.doc.text.slice(ctx.doc.tokens[i].start, ctx.doc.tokens[j - 1].end);
        p.roleSector = title.value;
        const inRole = all.filter((c) => c !== p && c.tokStart >= i && c.tokEnd <= j && POLITY.has(c.kind));
        const aff = inRole.sort((a, b) => b.tokEnd - a.tokEnd)[0];
        if (aff) p.affiliation = aff;
        p.why += `; role in apposition "${p.role}"`;
        continue;
      }
    }
    // up to two role words (`peneliti senior`, `an analyst`) before the preposition
    for (let k = 0; k < 3 && i < e && !APPOSITION.has(ctx.words[i].toLowerCase()); k++) {
      if (!/^\p{Ll}/u.test(ctx.words[i])) break;
      i++;
    }
    if (i >= e || !APPOSITION.has(ctx.words[i].toLowerCase())) continue;
    const org = candAt(all, i + 1);
    if (org && (org.kind === 'organization' || org.kind === 'media' || org.kind === 'igo')) {
      p.affiliation = org;
      p.why += `; affiliation by apposition "${ctx.words[i]}"`;
    }
  }
}

/** `… yang berbasis di AS`, `based in Washington`: the country an organisation is based in. */
export function basedIn(ctx: Ctx, org: Cand, all: Cand[]): Cand | undefined {
  const [, e] = sentenceBounds(ctx, org.tokStart);
  const window = ctx.words.slice(org.tokEnd, Math.min(e, org.tokEnd + 8)).map((w) => w.toLowerCase());
  for (let k = 0; k < window.length - 1; k++) {
    const two = `${window[k]} ${window[k + 1]}`;
    if (two === 'berbasis di' || two === 'based in' || two === 'bermarkas di' || two === 'berkantor di') {
      const place = candAt(all, org.tokEnd + k + 2);
      if (place && (place.kind === 'country' || place.kind === 'location')) return place;
    }
    if (window[k] === '.') break; // the sentence ends; commas and the acronym bracket are passed over
  }
  return undefined;
}

/**
 * `Seorang pejabat kementerian pertahanan Korea Utara`, `kelompok pemberontak`: an unnamed actor, an
 * entity of its own (a person, or a group as an organisation).
 */
export function unnamedActors(ctx: Ctx, all: Cand[]): Cand[] {
  const out: Cand[] = [];
  const covered = coveredTokens(ctx, all);
  for (const [s, e] of ctx.sentTokens) {
    for (let i = s; i < e; i++) {
      if (covered[i]) continue;
      const det = ctx.lex.determiners.match(ctx.words, i, e);
      const hasIndef = det?.value === 'indef';
      const h = hasIndef ? i + det!.length : i;
      const head = ctx.lex.nominals.match(ctx.words, h, e);
      if (!head || (isCap(ctx.words[h]) && !hasIndef && h !== s)) continue;
      let j = h + head.length;
      const sec = sectorWords(ctx, j, e);
      j = sec.end;
      const owner = candAt(all, j);
      let end = j;
      let affiliation: Cand | undefined;
      let why: string;
      // `pemberontak Houthi`: a free-standing group's head before an organisation's name is that
      // organisation (forces, `pasukan pemerintah Sudan`, belong to theirs)
      const free = head.value.group && !head.value.needsOwner;
      if (free && owner && owner.kind !== 'country' && owner.kind !== 'location') continue;
      if (owner && POLITY.has(owner.kind)) {
        // `juru bicara militer Israel Daniel Hagari` is a role before a name, not an unnamed actor
        // (also past a bracket, or in apposition: `Menteri Pertahanan Amerika Serikat, Robert Gates,`)
        const bracket = parenEnd(ctx.words, owner.tokEnd, e);
        const named =
          bracket > 0 ? bracket : ctx.words[owner.tokEnd] === ',' ? owner.tokEnd + 1 : owner.tokEnd;
        if (candAt(all, named)?.kind === 'person') continue;
        end = owner.tokEnd;
        affiliation = owner;
        why = `unnamed actor: "${head.phrase}" + ${owner.name ?? owner.entry?.alias ?? ctx.doc.text.slice(owner.start, owner.end)}`;
      } else if (free) {
        why = `unnamed group: "${head.phrase}"`;
      } else {
        // `…, kata para pejabat kesehatan.`: a speaker named by a descriptor alone is still who spoke
        const cue = ctx.words[i - 1]?.toLowerCase();
        const closed = j >= e || /^[,.;:!?”"’')]$/u.test(ctx.words[j]);
        if (!closed || cue === undefined || !ctx.lex.speakerAfter.has(cue) || covered[j - 1]) continue;
        why = `unnamed speaker: "${head.phrase}" after "${cue}"`;
      }
      out.push(
        cand(ctx, i, end, {
          kind: head.value.group ? 'organization' : 'person',
          source: 'unnamed',
          name: ctx.doc.text.slice(ctx.doc.tokens[h].start, ctx.doc.tokens[end - 1].end),
          head: head.phrase,
          roleSector: head.value.sector ?? sec.sector,
          affiliation,
          why,
        }),
      );
      i = end - 1;
    }
  }
  return out;
}

/** `pejabat itu`, `juru bicara tersebut`, `sang menteri`: a noun phrase pointing back to an actor. */
export function anaphors(ctx: Ctx, all: Cand[]): Cand[] {
  const out: Cand[] = [];
  const covered = coveredTokens(ctx, all);
  for (const [s, e] of ctx.sentTokens) {
    for (let i = s; i < e; i++) {
      if (covered[i]) continue;
      const before = ctx.lex.determiners.match(ctx.words, i, e);
      if (before?.value === 'anaphor-before') {
        const head =
          ctx.lex.nominals.match(ctx.words, i + before.length, e) ??
          ctx.lex.titles.match(ctx.words, i + before.length, e);
        if (head) {
          const end = i + before.length + head.length;
          out.push(
            cand(ctx, i, end, {
              kind: 'person',
              source: 'anaphor',
              head: head.phrase,
              why: `anaphor "${before.phrase} ${head.phrase}"`,
            }),
          );
          i = end - 1;
        }
        continue;
      }
      const head = ctx.lex.nominals.match(ctx.words, i, e) ?? bareOrgHead(ctx, i, e);
      if (!head) continue;
      const det = ctx.lex.determiners.match(ctx.words, i + head.length, e);
      if (det?.value !== 'anaphor-after') continue;
      // `Kementerian itu`, `partai tersebut`: an organisation named before
      const org = !ctx.lex.nominals.match(ctx.words, i, e);
      const end = i + head.length + det.length;
      out.push(
        cand(ctx, i, end, {
          kind: org ? 'organization' : 'person',
          source: 'anaphor',
          head: head.phrase,
          why: `anaphor "${head.phrase} ${det.phrase}"`,
        }),
      );
      i = end - 1;
    }
  }
  return out;
}

/** A one-word organisation head standing alone (`Kementerian`, `partai`): the head of an anaphor. */
function bareOrgHead(ctx: Ctx, i: number, e: number): { phrase: string; length: number } | null {
  const h = ctx.lex.orgHeads.match(ctx.words, i, Math.min(e, i + 1));
  return h && h.length === 1 ? { phrase: h.phrase, length: 1 } : null;
}

/** `Center for Strategic and International Studies (CSIS)`: the bracketed acronym names the same actor. */
export function acronymDefinitions(ctx: Ctx, all: Cand[]): Map<string, Cand> {
  const defs = new Map<string, Cand>();
  for (const c of all) {
    // a descriptor (`komandan Pasukan Dukungan Cepat (RSF)`) does not own the name's acronym
    if (c.source === 'unnamed' || c.source === 'anaphor') continue;
    if (ctx.words[c.tokEnd] !== '(' || ctx.words[c.tokEnd + 2] !== ')') continue;
    const acr = ctx.words[c.tokEnd + 1];
    if (!/^[\p{Lu}][\p{Lu}\p{N}-]{1,9}$/u.test(acr) && !/^\p{Lu}\p{Ll}+\p{Lu}?\p{Ll}*$/u.test(acr)) continue;
    if (candAt(all, c.tokEnd + 1)?.entry) continue; // `Amerika Serikat (AS)`: the dictionary knows both
    // `Asosiasi Pengusaha Indonesia (Apindo)`: the whole name before the bracket, not `Indonesia` in it
    const prev = defs.get(acr);
    if (prev && prev.tokEnd === c.tokEnd && prev.tokStart <= c.tokStart) continue;
    // `Kantor Perwakilan Dagang AS (USTR)`: after a country the dictionary knows, the acronym is the
    // organisation's before it
    if (c.kind === 'country' && c.entry) {
      const org = all.find((x) => x.tokEnd === c.tokStart && x.kind === 'organization');
      if (org) defs.set(acr, org);
      continue;
    }
    defs.set(acr, c);
  }
  return defs;
}

/**
 * `wilayah Ukraina yang memisahkan diri`: a part of a country, a region of its own, coded with the
 * country (and SEP when the phrase marks separatists).
 */
export function regionPhrases(ctx: Ctx, all: Cand[], heads: string[][], separatist: string[][]): Cand[] {
  const out: Cand[] = [];
  const covered = coveredTokens(ctx, all);
  const firstWords = new Set(heads.map((h) => h[0]));
  const low = lowerWords(ctx.words);
  for (const [s, e] of ctx.sentTokens) {
    for (let i = s; i < e; i++) {
      if (covered[i] || !firstWords.has(low[i])) continue;
      const head = phraseAt(heads, low, i);
      if (!head) continue;
      const owner = candAt(all, i + head.length);
      if (!owner || owner.kind !== 'country' || !owner.entry) continue;
      let end = owner.tokEnd;
      const sep = phraseAt(separatist, low, end);
      if (sep) end += sep.length;
      out.push(
        cand(ctx, i, end, {
          kind: 'region',
          source: 'derived-org',
          name: ctx.doc.text.slice(ctx.doc.tokens[i].start, ctx.doc.tokens[end - 1].end),
          code: `${owner.entry.country ?? owner.entry.code}${sep ? 'SEP' : ''}`,
          why: `region of ${owner.entry.alias}${sep ? ' (separatist)' : ''}`,
        }),
      );
      i = end - 1;
    }
  }
  return out;
}

const PLACE = new Set(['country', 'location', 'region']);

/**
 * `Gubernur Damaskus`, `Wali Kota Surabaya`, `Presiden Prancis` with no name after them: the holder of
 * an office of a place is a person (unnamed) affiliated to the place, not the place itself. A title
 * (`titles.tsv`), optional field words (`Menteri Luar Negeri`), then a place mention that may start
 * inside the title (`Wali` + `Kota Surabaya`); a named person right after makes it a role instead.
 */
export function officeHolders(ctx: Ctx, all: Cand[]): Cand[] {
  const out: Cand[] = [];
  const covered = coveredTokens(ctx, all);
  const startsAt = new Map<number, Cand>();
  for (const c of all) if (!startsAt.has(c.tokStart)) startsAt.set(c.tokStart, c);
  for (const [s, e] of ctx.sentTokens) {
    for (let i = s; i < e; i++) {
      const title = ctx.lex.titles.match(ctx.words, i, e);
      if (!title || /\.$/u.test(title.phrase)) continue;
      // `sebagai Gubernur DKI`, `yang juga seorang Gubernur Damaskus`: a predicate says what someone is
      let before = i - 1;
      if (ctx.lex.determiners.match(ctx.words, before)?.value === 'indef') before--;
      if (before >= s && ctx.lex.determiners.match(ctx.words, before)?.value === 'predicate') continue;
      // a title already inside a name or role is taken, unless what covers it lies within the title
      // (`Presiden` read as a name) or is the place itself (`Wali` + `Kota Surabaya`)
      if (covered[i] && coveringPast(all, i, i + title.length)) continue;
      const { end } = sectorWords(ctx, i + title.length, e);
      let owner = startsAt.get(end);
      for (let k = i + 1; !owner && k < end; k++) {
        const c = startsAt.get(k);
        if (c && c.tokEnd > end) owner = c;
      }
      if (!owner || !PLACE.has(owner.kind) || !(owner.entry || owner.code)) continue;
      // `Perdana Menteri Inggris baru Lord Grenville`: a modifier may stand between the role and the name
      let next = owner.tokEnd;
      for (let m = ctx.lex.determiners.match(ctx.words, next, e); m?.value === 'role-modifier'; ) {
        next += m.length;
        m = ctx.lex.determiners.match(ctx.words, next, e);
      }
      // `Duta Besar Australia untuk Indonesia Michael Hartley`: a place phrase inside the role
      const prep = ctx.lex.determiners.match(ctx.words, next, e);
      const place = prep?.value === 'role-preposition' ? startsAt.get(next + prep.length) : undefined;
      if (place && PLACE.has(place.kind)) next = place.tokEnd;
      // `Menteri Pertahanan Amerika Serikat, Robert Gates,`: the name in apposition
      if (ctx.words[next] === ',' && startsAt.get(next + 1)?.kind === 'person') continue;
      const after = startsAt.get(next);
      if (after?.kind === 'person' || /^\p{Lu}\p{Ll}/u.test(ctx.words[next] ?? '')) continue;
      out.push(
        cand(ctx, i, owner.tokEnd, {
          kind: 'person',
          source: 'unnamed',
          name: ctx.doc.text.slice(ctx.doc.tokens[i].start, ctx.doc.tokens[owner.tokEnd - 1].end),
          head: title.phrase,
          role: ctx.doc.text.slice(ctx.doc.tokens[i].start, ctx.doc.tokens[owner.tokEnd - 1].end),
          roleSector: title.value,
          affiliation: owner,
          why: `office holder: "${title.phrase}" of ${owner.entry?.alias ?? owner.name ?? 'a place'}`,
        }),
      );
      i = owner.tokEnd - 1;
    }
  }
  return out;
}
