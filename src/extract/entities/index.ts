// The entities layer: mentions of people, organisations, places, media and IGOs, linked to one entity
// per real-world actor inside the document, with canonical names, CAMEO-style codes, roles and
// affiliations. Unknown stays unknown: an ambiguous name is not linked to a guess.

import { type ActorDictionary, loadActors } from '../../lang/actors.js';
import { isSpaceUnit as isSpace, startsWithDigit } from '../../text/chars.js';
import { sentenceTokenRanges } from '../../text/document.js';
import { mapPacked } from '../../text/packed.js';
import type { Document, Entity, EntityKind, Span } from '../../types.js';
import { type EntityLexicons, entityLexicons } from './lexicons.js';
import {
  acronymNames,
  articleCountry,
  type Cand,
  type Ctx,
  capitalisedRuns,
  coordinatesParties,
  dictionaryMentions,
  isCap,
  isWordy,
  makeCand,
  organisationRuns,
  recand,
  taggerMentions,
  titledNames,
} from './mentions.js';
import {
  acronymDefinitions,
  anaphors,
  appositions,
  attachRoles,
  bareGovernments,
  basedIn,
  derivedOrganisations,
  foreignOwners,
  mediaDescriptors,
  officeHolders,
  possessiveOrganisations,
  regionPhrases,
  unnamedActors,
} from './patterns.js';
import { calendarWords, commonWords, documentTags } from './tagger.js';

export interface EntityOptions {
  dict?: ActorDictionary;
  /** IOB2 tags per document token, or null to use capitalised runs instead of the tagger. */
  tags?: string[] | null;
}

export interface EntityLayer {
  entities: Entity[];
  /** Every linked mention with the entity it belongs to and how it was found (for statements/events). */
  mentions: {
    start: number;
    end: number;
    entity: string;
    source: string;
    tokStart: number;
    tokEnd: number;
  }[];
}

export function extractEntities(doc: Document, opts: EntityOptions = {}): Entity[] {
  return entityLayer(doc, opts).entities;
}

export function entityLayer(doc: Document, opts: EntityOptions = {}): EntityLayer {
  const dict = opts.dict ?? loadActors();
  const lex: EntityLexicons = entityLexicons(doc.lang);
  const sentTokens = sentenceTokenRanges(doc);
  const ctx: Ctx = { doc, words: mapPacked(doc.tokens, (t) => t.text), sentTokens, dict, lex };

  // `US $180.000`, `RM 500`: a currency prefix names no country
  const money = currencyTokens(ctx);
  const fromDict = noMoney(ctx, dictionaryMentions(ctx), money);
  const tags = opts.tags === undefined ? documentTags(doc, ctx.words, sentTokens) : opts.tags;
  const proposed = noMoney(
    ctx,
    tags
      ? withPatterns(ctx, taggerMentions(ctx, tags, calendarWords()), [
          ...organisationRuns(ctx, fromDict),
          ...acronymNames(ctx, fromDict, commonWords()),
          ...titledNames(ctx, fromDict, commonWords()),
        ])
      : capitalisedRuns(ctx, commonWords(), calendarWords()),
    money,
  );
  const named = foreignOwners(ctx, reconcile(ctx, fromDict, tidy(ctx, proposed, fromDict)));
  named.push(...derivedOrganisations(ctx, named), ...possessiveOrganisations(ctx, named));
  named.push(...bareGovernments(ctx, named, articleCountry(named)));
  mediaDescriptors(ctx, named);
  sortStable(named, byPosition);
  const persons = named.filter((c) => c.kind === 'person');
  attachRoles(ctx, persons, named);
  appositions(ctx, persons, named);
  named.push(...regionPhrases(ctx, named, lex.regionHeads, lex.separatist));
  sortStable(named, byPosition);
  const unnamed = unnamedActors(ctx, named);
  unnamed.push(...officeHolders(ctx, [...named, ...unnamed]));
  const all = [...named, ...unnamed];
  all.push(...anaphors(ctx, all));
  sortStable(all, byPosition);
  return link(ctx, all);
}

const byPosition = (a: Cand, b: Cand) => a.tokStart - b.tokStart || b.tokEnd - a.tokEnd;
const byStart = (a: Span, b: Span) => a.start - b.start;

/**
 * `xs.sort(cmp)`, skipped when xs is in order already (a stable sort would leave it as it is): most
 * lists here are, and a sort copies the array even then.
 */
function sortStable<T>(xs: T[], cmp: (a: T, b: T) => number): T[] {
  for (let k = 1; k < xs.length; k++) if (cmp(xs[k - 1], xs[k]) > 0) return xs.sort(cmp);
  return xs;
}

/**
 * Pattern spans (organisation-head runs, names after titles) fill in what the tagger missed; an
 * organisation run also replaces a shorter non-person tagger span it overlaps.
 */
function withPatterns(ctx: Ctx, tagged: Cand[], runs: Cand[]): Cand[] {
  const english = ctx.doc.lang === 'en';
  const particles: number[] = [];
  ctx.words.forEach((w, k) => {
    if (ctx.lex.nameParticles.has(w)) particles.push(k);
  });
  const overlaps = (a: Cand, b: Cand) => a.tokStart < b.tokEnd && b.tokStart < a.tokEnd;
  // in English the tagger (trained on Indonesian) also takes words of an organisation's name for a
  // person (`Department of [Foreign Affairs]`): a run that starts with its head before them wins
  const inside = (r: Cand, t: Cand) => english && r.tokStart < t.tokStart && r.tokEnd >= t.tokEnd;
  // a name after a title (`Pangeran [Faisal] bin [Farhan]`) that holds the tagger's broken pieces wins
  const holds = (r: Cand, t: Cand) =>
    particles.length > 0 &&
    r.kind === 'person' &&
    r.tokStart <= t.tokStart &&
    r.tokEnd >= t.tokEnd &&
    r.tokEnd - r.tokStart > t.tokEnd - t.tokStart &&
    particles.some((k) => k > r.tokStart && k < r.tokEnd);
  const out = tagged.filter(
    (t) =>
      !runs.some(
        (r) =>
          (r.kind !== 'person' &&
            overlaps(r, t) &&
            r.tokEnd - r.tokStart >= t.tokEnd - t.tokStart &&
            (t.kind !== 'person' || inside(r, t))) ||
          holds(r, t),
      ),
  );
  for (const r of runs) if (!out.some((t) => overlaps(t, r))) out.push(r);
  return sortStable(out, byPosition);
}

/** Tokens that are a currency prefix before an amount (`US` in `US $180.000`, `RM` in `RM 500`). */
function currencyTokens(ctx: Ctx): Uint8Array {
  const out = new Uint8Array(ctx.words.length);
  for (let t = 0; t + 1 < ctx.words.length; t++) {
    const next = ctx.words[t + 1];
    if (next !== '$' && !startsWithDigit(next)) continue;
    const kind = ctx.lex.currency.get(ctx.words[t].toLowerCase());
    if (kind && (next === '$' || kind === 'amount')) out[t] = 1;
  }
  return out;
}

/** Candidates without a trailing currency prefix: one that is only the prefix goes. */
function noMoney(ctx: Ctx, cands: Cand[], money: Uint8Array): Cand[] {
  const out: Cand[] = [];
  for (const c of cands) {
    if (!money[c.tokEnd - 1]) out.push(c);
    else if (c.tokEnd - c.tokStart > 1 && c.source !== 'dict')
      out.push(recand(ctx, c, c.tokStart, c.tokEnd - 1));
  }
  return out;
}

/** Is the word at t part of a title or field phrase that starts at most three words before (`Luar Negeri`)? */
function inRolePhrase(ctx: Ctx, t: number): boolean {
  if (t < 0) return false;
  const [sb] = ctx.sentTokens[ctx.doc.tokens[t].sentence];
  for (let k = t; k >= Math.max(sb, t - 3); k--) {
    const m = ctx.lex.titles.match(ctx.words, k) ?? ctx.lex.sectors.match(ctx.words, k);
    if (m && k + m.length > t) return true;
  }
  return false;
}

/**
 * The first word of [s, e) past the rest of a role phrase (`Luar Negeri`, `Umum`) and, after a title,
 * past the common words naming its field (`Kelautan dan Perikanan`, `Energi`); e when nothing is left.
 */
function afterRoleWords(ctx: Ctx, s: number, e: number): number {
  const common = commonWords();
  // field words of an office are capitalised (`Menteri Kelautan dan Perikanan`, not `dokter hewan Cut …`)
  const field = (w: string) =>
    (/^\p{Lu}/u.test(w) && common.has(w.toLowerCase()) && ctx.lex.officeFields.has(w.toLowerCase())) ||
    ctx.lex.connectors.has(w);
  let t = s;
  // a title shortly before, with only field words between (`Menteri Kelautan dan` + `Perikanan …`)
  let inRole = false;
  for (let k = s - 1; k >= Math.max(0, s - 5); k--) {
    const title = ctx.lex.titles.match(ctx.words, k);
    if (title && k + title.length <= s) {
      inRole = ctx.lex.fieldTitles.has(title.phrase);
      break;
    }
    if (!field(ctx.words[k]) || ctx.doc.tokens[k].sentence !== ctx.doc.tokens[s].sentence) break;
  }
  while (t < e) {
    const w = ctx.words[t];
    if (inRolePhrase(ctx, t)) {
      const title = ctx.lex.titles.match(ctx.words, t);
      if (title) inRole = ctx.lex.fieldTitles.has(title.phrase);
    } else if (!(inRole && field(w))) break;
    t++;
  }
  return t;
}

/**
 * `Arif Prabowo` around the dictionary's short alias `Prabowo` (of Prabowo Subianto): capitalised name
 * words next to a person's partial alias, which are not part of that person's name, make another
 * person's full name; the dictionary match is dropped. Title, head, field and common words are no name
 * words. Returns the new span or null.
 */
function longerName(
  ctx: Ctx,
  d: Cand,
  s: number,
  e: number,
  covered: Int32Array,
): { tokStart: number; tokEnd: number } | null {
  const readings = d.entry ? [d.entry] : (d.ambiguous ?? []);
  if (readings.length === 0 || readings.some((r) => r.kind !== 'person')) return null;
  const own = new Set(readings.flatMap((r) => nameWords(r.name.toLowerCase())));
  const common = commonWords();
  const nameWord = (t: number) => {
    const w = ctx.words[t];
    return (
      t >= s &&
      t < e &&
      covered[t] < 0 &&
      /^\p{Lu}\p{Ll}/u.test(w) &&
      !own.has(w.toLowerCase()) &&
      !common.has(w.toLowerCase()) &&
      !ctx.lex.titles.match(ctx.words, t) &&
      !ctx.lex.orgHeads.match(ctx.words, t) &&
      !ctx.lex.sectors.match(ctx.words, t) &&
      !inRolePhrase(ctx, t)
    );
  };
  let a = d.tokStart;
  let b = d.tokEnd;
  while (nameWord(a - 1)) a--;
  while (nameWord(b)) b++;
  return a < d.tokStart || b > d.tokEnd ? { tokStart: a, tokEnd: b } : null;
}

/**
 * Tagger spans cleaned before they meet the dictionary: cut at brackets (`Kementerian Pertanian
 * (Kementan`), trailing titles dropped (`Universitas Indonesia Prof.`), and a person's name completed
 * with the capitalised words around it that are no title, organisation or dictionary name
 * (`Nguyen` + `Van Thanh`, `Bambang Wicaksono` + `Prasetyo`).
 */
function tidy(ctx: Ctx, proposed: Cand[], fromDict: Cand[]): Cand[] {
  const inDict = new Uint8Array(ctx.words.length);
  for (const d of fromDict) for (let t = d.tokStart; t < d.tokEnd; t++) inDict[t] = 1;
  const out: Cand[] = [];
  for (const c of proposed) {
    let { tokStart: s, tokEnd: e } = c;
    for (let t = s; t < e; t++) if (/^[()[\]]$/u.test(ctx.words[t])) e = t;
    // `pemerintah Indonesia dan Peru`: `dan` before another known name coordinates two parties
    if (c.kind !== 'person') for (let t = s + 1; t < e - 1; t++) if (coordinatesParties(ctx, null, t)) e = t;
    while (e > s && /[.,]$/u.test(ctx.words[e - 1]) && ctx.lex.titles.has(ctx.words[e - 1].toLowerCase()))
      e--;
    if (e <= s) continue;
    // `Kementerian itu`: a bare organisation head before a demonstrative points back (see anaphors)
    if (
      e - s === 1 &&
      c.kind !== 'person' &&
      ctx.lex.orgHeads.match(ctx.words, s, e) &&
      ctx.lex.determiners.match(ctx.words, e)?.value === 'anaphor-after'
    )
      continue;
    // `akses kemanusiaan ke El Fasher`: after a preposition of place the tagger's person is a place
    if (
      c.kind === 'person' &&
      c.source === 'ner' &&
      ctx.lex.placePrepositions.has(ctx.words[s - 1]?.toLowerCase() ?? '')
    ) {
      const place = recand(ctx, c, s, e);
      place.kind = 'location';
      place.why = `${c.why}; a place after "${ctx.words[s - 1]}"`;
      out.push(place);
      continue;
    }
    if (c.kind === 'person') {
      const [sb, se] = ctx.sentTokens[ctx.doc.tokens[s].sentence];
      const nameWord = (t: number) =>
        /^\p{Lu}\p{Ll}/u.test(ctx.words[t]) &&
        !inDict[t] &&
        !ctx.lex.titles.match(ctx.words, t) &&
        !ctx.lex.orgHeads.match(ctx.words, t) &&
        !ctx.lex.sectors.match(ctx.words, t) &&
        !inRolePhrase(ctx, t);
      // `Menteri Luar Negeri Retno`, `Laksamana Pertama Hadi`: the rest of a role phrase is no name;
      // nor are common words right after a title (`Menteri Kelautan dan Perikanan Sharif …`, `Menteri
      // Energi …`): they name the office's field
      // (an English opener is no first name: `- The Philippines` is no person `The`)
      while (s - 1 > sb && nameWord(s - 1) && !ctx.lex.openers.has(ctx.words[s - 1].toLowerCase())) s--;
      while (e < se && nameWord(e)) e++;
      s = afterRoleWords(ctx, s, e);
      // `Sekretaris Jenderal PODSI Hasan Basri Lubis`: an acronym (three capitals or more: `MS Hidayat` is a
      // name) opening a person span is the body the
      // role belongs to, not a first name
      while (e - s >= 2 && /^\p{Lu}{3,}$/u.test(ctx.words[s])) s++;
      if (e <= s) continue;
    }
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'person' && c.kind === 'person' && prev.tokEnd >= s) {
      prev.tokEnd = Math.max(prev.tokEnd, e);
      prev.end = ctx.doc.tokens[prev.tokEnd - 1].end;
      continue;
    }
    out.push(recand(ctx, c, s, e));
  }
  return out;
}

/**
 * A title of office shortly before t, with no punctuation between (`Juru bicara` + `Kementerian …`,
 * `Dirjen Anggaran` + `Kementerian Keuangan …`).
 */
function titleBefore(ctx: Ctx, t: number): boolean {
  const [sb] = ctx.sentTokens[ctx.doc.tokens[t].sentence];
  for (let k = t - 1; k >= Math.max(sb, t - 5); k--) {
    const title = ctx.lex.titles.match(ctx.words, k, t);
    if (title && k + title.length <= t) return true;
    if (!isWordy(ctx.words[k])) return false;
  }
  return false;
}

/** A word that may be part of a person's name: capitalised, letters only, not a common word. */
function personWord(ctx: Ctx, t: number): boolean {
  const w = ctx.words[t];
  return /^\p{Lu}\p{Ll}+$/u.test(w) && !commonWords().has(w.toLowerCase());
}

/**
 * Tagger spans and dictionary matches together: the dictionary decides what it knows; a tagger person
 * span that swallowed a preceding organisation (`Gedung Putih Karine Jean-Pierre`) keeps only the name.
 */
function reconcile(ctx: Ctx, fromDict: Cand[], proposed: Cand[]): Cand[] {
  const out = [...fromDict];
  const dropped = new Set<Cand>();
  const covered = new Int32Array(ctx.words.length).fill(-1);
  fromDict.forEach((c, k) => {
    for (let t = c.tokStart; t < c.tokEnd; t++) covered[t] = k;
  });
  for (const p of proposed) {
    let s = p.tokStart;
    let e = p.tokEnd;
    const overlaps = new Set<number>();
    for (let t = s; t < e; t++) if (covered[t] >= 0) overlaps.add(covered[t]);
    if (overlaps.size === 0) {
      out.push(refine(ctx, p));
      continue;
    }
    const ds = mapPacked([...overlaps], (k) => fromDict[k]);
    if (ds.some((d) => d.tokStart <= s && d.tokEnd >= e)) continue; // inside a dictionary match
    // `Arif Prabowo`: a full name around a person's short alias is another person, not two
    if (p.source === 'caps' || p.kind === 'person') {
      for (const d of ds) {
        const span = longerName(ctx, d, s, e, covered);
        if (!span) continue;
        dropped.add(d);
        const k = fromDict.indexOf(d);
        for (let t = span.tokStart; t < span.tokEnd; t++) covered[t] = k;
        const full = recand(ctx, p, span.tokStart, span.tokEnd);
        full.kind = 'person';
        full.why = `${p.why}; a full name around the alias "${ctx.doc.text.slice(d.start, d.end)}"`;
        out.push(full);
      }
    }
    if (p.source === 'caps') {
      // A capitalised run knows nothing of its parts: the pieces between dictionary matches are names.
      for (let t = s; t < e; t++) {
        if (covered[t] >= 0) continue;
        let u = t;
        while (u < e && covered[u] < 0) u++;
        const org = ctx.lex.orgHeads.match(ctx.words, t, u);
        // `Menteri Luar Negeri Retno …`, `Ketua Umum …`: words of a role phrase are no name
        let from = t;
        while (!org && from < u && inRolePhrase(ctx, from)) from++;
        if (from < u && isCap(ctx.words[from]) && (u - from > 1 || /\p{L}{2}/u.test(ctx.words[from]))) {
          const kind = org ? (org.value.kind === 'media' ? 'media' : 'organization') : 'person';
          const piece = recand(ctx, p, from, u);
          piece.kind = kind;
          out.push(refine(ctx, piece));
        }
        t = u;
      }
      continue;
    }
    if (p.kind === 'person') {
      // keep the uncovered tail (the name after an organisation) or head (a name before one)
      while (s < e && covered[s] >= 0) s++;
      while (e > s && covered[e - 1] >= 0) e--;
      for (let t = s; t < e; t++) if (covered[t] >= 0) e = t;
      while (s < e && ctx.lex.titles.match(ctx.words, s, e))
        s += ctx.lex.titles.match(ctx.words, s, e)!.length;
      s = afterRoleWords(ctx, s, e);
      if (s < e && isCap(ctx.words[s])) out.push(refine(ctx, recand(ctx, p, s, e)));
      continue;
    }
    // `Juru bicara Kementerian Luar Negeri China Guo Jiakun`: a tagger organisation that runs on past a
    // known organisation at its start into more capitalised words ran into the name of the person the
    // role introduces
    const lead = ds.length === 1 && ds[0].tokStart === s && ds[0].tokEnd < e ? ds[0] : null;
    if (lead?.kind === 'organization' && titleBefore(ctx, s)) {
      let end = lead.tokEnd;
      while (end < ctx.words.length && end - lead.tokEnd < 4 && personWord(ctx, end) && covered[end] < 0)
        end++;
      if (end >= e) {
        const person = recand(ctx, p, lead.tokEnd, end);
        person.kind = 'person';
        person.why = `${p.why}; the name after the organisation "${ctx.doc.text.slice(lead.start, lead.end)}"`;
        out.push(refine(ctx, person));
        continue;
      }
    }
    // An organisation or place longer than what the dictionary knows inside it (`Universitas Gadjah Mada`
    // around `Gadjah Mada`) stands on its own; the dictionary match inside stays a nested mention.
    const cross = ds.some((d) => d.tokStart < s || d.tokEnd > e);
    const head = ctx.lex.orgHeads.match(ctx.words, s, e);
    const ownedByPlace = ds.some((d) => d.kind === 'country' || d.kind === 'location' || d.kind === 'igo');
    // `Keamanan Nasional Gedung Putih` around `Gedung Putih` is a role, not another organisation
    if (!cross && (head || ownedByPlace)) out.push(refine(ctx, p));
  }
  return dropped.size ? out.filter((c) => !dropped.has(c)) : out;
}

/**
 * `Menteri Komunikasi dan Digital Meutya Hafid` with `Kementerian Komunikasi dan Digital` named in the
 * article: the body a role's title leads, with the role's field (office-bodies.tsv).
 */
function ledBody(ctx: Ctx, b: Building, live: Building[]): Building | null {
  const role = b.entity.kind === 'person' ? b.entity.role?.toLowerCase() : undefined;
  if (!role) return null;
  for (const [title, head] of ctx.lex.officeBodies) {
    if (!role.startsWith(`${title} `)) continue;
    const body = `${head} ${role.slice(title.length + 1)}`;
    const found = live.find(
      (x) =>
        x.entity.kind === 'organization' &&
        x.cands.some((c) => ctx.doc.text.slice(c.start, c.end).toLowerCase() === body),
    );
    if (found) return found;
  }
  return null;
}

/** Titles the tagger included in a person span (`Presiden Joko Widodo`) are not part of the name. */
function refine(ctx: Ctx, c: Cand): Cand {
  // Without a tagger, a name after a locative preposition (`di Makhachkala`, `in Anzali`) is a place.
  if (
    c.source === 'caps' &&
    c.kind === 'person' &&
    LOCATIVE.has(ctx.words[c.tokStart - 1]?.toLowerCase() ?? '')
  ) {
    c.kind = 'location';
  }
  // `Medical Emergency Rescue Committee`: a name ending in an organisation word is no person's
  if (
    c.kind === 'person' &&
    c.tokEnd - c.tokStart > 1 &&
    ctx.lex.orgTails.has(ctx.words[c.tokEnd - 1].toLowerCase())
  )
    c.kind = 'organization';
  if (c.kind !== 'person') {
    if (c.kind === 'organization' || c.kind === 'location') {
      const head = ctx.lex.orgHeads.match(ctx.words, c.tokStart, c.tokEnd);
      if (head?.value.kind === 'media') c.kind = 'media';
      else if (head && c.kind === 'location') c.kind = 'organization';
      else if (
        c.kind === 'location' &&
        c.tokEnd - c.tokStart > 1 &&
        ctx.lex.orgTails.has(ctx.words[c.tokEnd - 1].toLowerCase())
      )
        c.kind = 'organization';
    }
    return c;
  }
  // The name starts after the last title word in the span (`Deputy Treasury Secretary Laura Whitfield`).
  let s = c.tokStart;
  for (let k = c.tokStart; k < c.tokEnd - 1; k++) {
    const t = ctx.lex.titles.match(ctx.words, k, c.tokEnd);
    if (t && k + t.length < c.tokEnd) s = k + t.length;
  }
  // `Menteri Pertanian Andi …`: the title's field words belong to the role, not the name
  if (s > c.tokStart) {
    for (
      let f = ctx.lex.sectors.match(ctx.words, s, c.tokEnd - 1);
      f;
      f = ctx.lex.sectors.match(ctx.words, s, c.tokEnd - 1)
    )
      s += f.length;
  }
  return s === c.tokStart ? c : recand(ctx, c, s, c.tokEnd);
}

const LOCATIVE = new Set(['di', 'ke', 'in', 'near', 'into', 'kota', 'provinsi', 'pulau']);

interface Building {
  entity: Entity;
  cands: Cand[];
  nameParts: string[];
}

function link(ctx: Ctx, all: Cand[]): EntityLayer {
  const byKey = new Map<string, Building>();
  const order: Building[] = [];
  const ofCand = new Map<Cand, Building>();
  const text = ctx.doc.text;
  const surface = (c: Cand) => text.slice(c.start, c.end);
  const acronyms = acronymDefinitions(ctx, all);

  // `known(key, c) ?? add(key, c, {…})`: the entity's fields are built only for a new key (a closure
  // per mention that built them was most of link's allocation)
  const known = (key: string, c: Cand): Building | undefined => {
    const b = byKey.get(key);
    if (b) {
      b.cands.push(c);
      ofCand.set(c, b);
    }
    return b;
  };
  const add = (key: string, c: Cand, fields: Omit<Entity, 'id' | 'mentions'>) => {
    const b: Building = { entity: { id: '', mentions: [], ...fields }, cands: [c], nameParts: [] };
    byKey.set(key, b);
    order.push(b);
    ofCand.set(c, b);
    return b;
  };

  // A bracketed acronym, and its later bare uses, are mentions of what it abbreviates, whatever else
  // proposed them.
  const acronymOf = new Map<Cand, Cand>();
  for (const c of all) {
    if (c.tokEnd - c.tokStart !== 1 || c.entry) continue;
    const def = acronyms.get(ctx.words[c.tokStart]);
    if (def && def !== c) acronymOf.set(c, def);
  }
  let homeCountry: string | null | undefined;
  const persons: Building[] = [];
  const fromDictionary = new Set<Building>();
  const unnamed: Building[] = [];
  for (const c of all) {
    if (c.source === 'anaphor' || acronymOf.has(c)) continue;
    if (c.entry) {
      const e = c.entry;
      // `Prabowo` after `Arif Prabowo`: a one-word alias that is part of a full name met earlier in the
      // document is that person, not the dictionary's
      if (e.kind === 'person' && c.tokEnd - c.tokStart === 1) {
        const earlier = namedEarlier(persons, fromDictionary, ctx.words[c.tokStart]);
        if (earlier.length === 1) {
          earlier[0].cands.push(c);
          ofCand.set(c, earlier[0]);
          continue;
        }
      }
      const key = `actor:${e.id}`;
      const b =
        known(key, c) ??
        add(key, c, { name: e.name, kind: e.kind, code: e.code, role: null, affiliation: null });
      if (e.kind === 'person' && !persons.includes(b)) {
        b.nameParts = nameWords(e.name);
        persons.push(b);
        fromDictionary.add(b);
      }
      continue;
    }
    if (c.ambiguous) {
      const place = basedIn(ctx, c, all);
      const country = place?.entry?.country ?? place?.entry?.code;
      let chosen = country ? c.ambiguous.find((a) => a.country === country) : undefined;
      let why = `; disambiguated by "based in" ${place?.entry?.alias}`;
      if (!chosen) {
        // `Partai Demokrat` in an article whose other actors are Indonesian (PKB, Jokowi) is Indonesia's
        homeCountry ??= articleCountry(all);
        const home = homeCountry ? c.ambiguous.filter((a) => a.country === homeCountry) : [];
        if (home.length === 1) {
          chosen = home[0];
          why = `; disambiguated by the article's country ${homeCountry}`;
        }
      }
      if (chosen) {
        c.entry = chosen;
        c.why += why;
        const key = `actor:${chosen.id}`;
        known(key, c) ??
          add(key, c, {
            name: chosen.name,
            kind: chosen.kind,
            code: chosen.code,
            role: chosen.role,
            affiliation: null,
          });
      }
      // otherwise unknown stays unknown: an ambiguous name is not linked, but a person is still a person
      // (`Sugiono` with no office is some Sugiono, named as written)
      if (chosen || c.kind !== 'person') continue;
    }
    if (c.source === 'unnamed') {
      const key = `unnamed:${c.start}`;
      const b =
        known(key, c) ??
        add(key, c, { name: c.name ?? surface(c), kind: c.kind, code: null, role: null, affiliation: null });
      b.nameParts = [c.head ?? ''];
      unnamed.push(b);
      continue;
    }
    const name = c.name ?? surface(c);
    if (c.kind === 'person') {
      const parts = nameWords(name);
      // `Bobby` after `Bobby Nasution`: a part of an earlier full name is the same person
      const prior = priorPersons(persons, name, parts);
      if (prior.length === 1) {
        prior[0].cands.push(c);
        ofCand.set(c, prior[0]);
        continue;
      }
      const key = `person:${name}`;
      const b =
        known(key, c) ?? add(key, c, { name, kind: 'person', code: null, role: null, affiliation: null });
      if (!persons.includes(b)) {
        b.nameParts = parts;
        persons.push(b);
      }
      continue;
    }
    const kind: EntityKind = c.kind;
    const key = `${kind}:${name.toLowerCase()}`;
    const b =
      known(key, c) ?? add(key, c, { name, kind, code: c.code ?? null, role: null, affiliation: null });
    if ((kind === 'organization' || kind === 'media') && !b.entity.code)
      b.entity.code = organisationCode(ctx, c, all);
    // `Lebanon selatan`, `northern Syria`: a place named with a country in it is in that country
    if (kind === 'location' && !b.entity.code) b.entity.code = countryWithin(c, all)?.entry?.code ?? null;
  }

  // A short name seen before the full one (`Nasution … Bobby Nasution`) joins the full name afterwards.
  for (const short of [...persons]) {
    const parts = short.nameParts;
    const full = persons.filter(
      (p) => p !== short && p.nameParts.length > parts.length && parts.every((w) => p.nameParts.includes(w)),
    );
    if (full.length === 1) {
      full[0].cands.push(...short.cands);
      for (const c of short.cands) ofCand.set(c, full[0]);
      order.splice(order.indexOf(short), 1);
      persons.splice(persons.indexOf(short), 1);
    }
  }

  // Acronyms defined in brackets, and their later bare uses.
  const extra: [Cand, Building][] = [];
  for (const [acr, def] of acronyms) {
    const b = ofCand.get(def);
    if (!b) continue;
    for (let t = 0; t < ctx.words.length; t++) {
      if (ctx.words[t] !== acr || takenByOther(all, t, acronymOf, ofCand, b)) continue;
      extra.push([
        makeCand({
          tokStart: t,
          tokEnd: t + 1,
          start: ctx.doc.tokens[t].start,
          end: ctx.doc.tokens[t].end,
          kind: b.entity.kind,
          source: 'acronym',
          why: `acronym defined as ${b.entity.name}`,
        }),
        b,
      ]);
    }
  }

  // `Mohamed Hamdan Dagalo alias Hemedti`: the name after `alias` is the same person, and stands for them
  // later (its words join the name's parts)
  for (const p of persons) {
    for (const c of [...p.cands]) {
      const a = c.tokEnd;
      const alias = ctx.lex.determiners.match(ctx.words, a);
      if (alias?.value !== 'alias') continue;
      const from = a + alias.length;
      let to = from;
      while (to < ctx.words.length && to - from < 3 && isCap(ctx.words[to]) && isWordy(ctx.words[to])) to++;
      if (to === from) continue;
      const there = all.find((x) => x.tokStart === from && x.tokEnd === to);
      const other = there ? ofCand.get(there) : undefined;
      if (other && other !== p && other.entity.kind === 'person') {
        for (const x of other.cands) ofCand.set(x, p);
        p.cands.push(...other.cands);
        other.cands.length = 0;
      } else if (!there) {
        const named = makeCand({
          tokStart: from,
          tokEnd: to,
          start: ctx.doc.tokens[from].start,
          end: ctx.doc.tokens[to - 1].end,
          kind: 'person',
          source: 'namepart',
          why: `alias of ${p.entity.name}`,
        });
        p.cands.push(named);
        ofCand.set(named, p);
        all.push(named);
      }
      const aliasName = ctx.words.slice(from, to).join(' ');
      p.nameParts.push(...ctx.words.slice(from, to));
      // the alias used alone elsewhere in the article (already a person of its own)
      for (const q of persons) {
        if (q === p || q.entity.name !== aliasName) continue;
        for (const x of q.cands) ofCand.set(x, p);
        p.cands.push(...q.cands);
        q.cands.length = 0;
      }
    }
  }

  // Later bare uses of a person's first or last name that the tagger missed (`Komentar Nasution`).
  // one pass marks what is taken, instead of searching every candidate for every word
  const takenTok = new Uint8Array(ctx.words.length);
  for (const c of all) takenTok.fill(1, c.tokStart, c.tokEnd);
  for (const [c] of extra) takenTok.fill(1, c.tokStart, c.tokEnd);
  for (let t = 0; t < ctx.words.length; t++) {
    const w = ctx.words[t];
    if (!isCap(w) || w.length < 3 || takenTok[t] === 1) continue;
    const owners = nameOwners(persons, w);
    if (owners.length !== 1 || owners[0].cands[0].tokStart > t) continue;
    extra.push([
      makeCand({
        tokStart: t,
        tokEnd: t + 1,
        start: ctx.doc.tokens[t].start,
        end: ctx.doc.tokens[t].end,
        kind: 'person',
        source: 'namepart',
        why: 'part of a name introduced earlier',
      }),
      owners[0],
    ]);
  }
  for (const [c, b] of extra) {
    b.cands.push(c);
    ofCand.set(c, b);
  }

  // Anaphors point back to the nearest earlier actor with the same head (or a person whose role has it).
  for (const c of all.filter((x) => x.source === 'anaphor')) {
    const head = c.head ?? '';
    const back = unnamed.filter((b) => b.nameParts[0] === head && b.cands[0].start < c.start).pop();
    // `Kementerian itu`: the latest organisation before it whose name starts with that head
    const byName =
      c.kind === 'organization'
        ? order
            .filter(
              (b) =>
                b.entity.kind === 'organization' &&
                b.cands.some(
                  (x) =>
                    x.start < c.start &&
                    x.source !== 'anaphor' &&
                    surface(x).toLowerCase().startsWith(`${head} `),
                ),
            )
            .pop()
        : undefined;
    // `perusahaan itu`, `partai tersebut`: else the latest organisation coded in the head's own sector
    // (a company's BUS, a party's PTY); a government head is too broad to say which body
    const sector =
      c.kind === 'organization'
        ? ctx.lex.orgHeads.match(ctx.words, c.tokStart, c.tokEnd)?.value.sector
        : null;
    const bySector =
      sector && sector !== 'GOV'
        ? order
            .filter(
              (b) =>
                b.entity.kind === 'organization' &&
                b.entity.code?.endsWith(sector) === true &&
                b.cands.some((x) => x.start < c.start && x.source !== 'anaphor'),
            )
            .pop()
        : undefined;
    const byRole =
      back ??
      byName ??
      bySector ??
      persons
        .filter(
          (b) => b.cands[0].start < c.start && b.cands.some((x) => x.role?.toLowerCase().startsWith(head)),
        )
        .pop();
    if (byRole) {
      byRole.cands.push(c);
      ofCand.set(c, byRole);
    }
  }

  // Roles, affiliations and codes, then ids in order of first mention.
  for (const b of order) {
    const withRole = b.cands.find((c) => c.role);
    if (withRole && !b.entity.role) b.entity.role = withRole.role ?? null;
  }
  const live = order.filter((b) => b.cands.length > 0);
  sortStable(live, (a, b) => firstStart(a) - firstStart(b));
  live.forEach((b, i) => {
    b.entity.id = `e${i + 1}`;
  });
  for (const b of live) {
    const aff = b.cands.find((c) => c.affiliation)?.affiliation;
    const affB = aff ? ofCand.get(aff) : (ledBody(ctx, b, live) ?? undefined);
    // an unnamed group (`pasukan pemerintah Sudan`) is coded like a person, from its owner and sector
    const group = b.entity.kind === 'organization' && b.cands[0].source === 'unnamed';
    if (affB && affB !== b && (b.entity.kind === 'person' || group)) {
      if (affB.entity.kind !== 'country') b.entity.affiliation = affB.entity.id;
      const sector = b.cands.find((c) => c.roleSector)?.roleSector ?? null;
      // a group is its owner's country in its own sector (`pasukan pemerintah Sudan` → SDN + MIL)
      const national = group && affB.entity.kind !== 'igo' && affB.entity.code !== null;
      const owner = national ? affB.entity.code!.slice(0, 3) : affB.entity.code;
      if (!b.entity.code) b.entity.code = codeFor(owner, sector, national ? 'country' : affB.entity.kind);
    }
    if (b.entity.kind === 'person' && !b.entity.code) {
      const known = ctx.dict.lookup(b.entity.name).find((e) => e.kind === 'person' && !e.ambiguous);
      if (known) {
        b.entity.code = known.code;
        b.entity.name = known.name;
      }
    }
    // `Lord Halifax, Presiden Dewan`: a role with no affiliation still says the sector (`---GOV`)
    if (((b.entity.kind === 'person' && b.entity.role) || group) && !b.entity.code)
      b.entity.code = b.cands.find((c) => c.roleSector)?.roleSector ?? null;
    b.entity.mentions = sortStable(distinctSpans(b.cands, text), byStart);
  }
  // loops, not flatMap over map: the nested callbacks were the top line of link
  const mentions: EntityLayer['mentions'] = [];
  for (const b of live) {
    for (const c of b.cands) {
      mentions.push({
        start: c.start,
        end: c.end,
        entity: b.entity.id,
        source: c.source,
        tokStart: c.tokStart,
        tokEnd: c.tokEnd,
      });
    }
  }
  sortStable(mentions, (a, b) => a.start - b.start || b.end - a.end);
  return { entities: mapPacked(live, (b) => b.entity), mentions };
}

/** A person's code from the body they speak for: the body's code, or a country plus the role's sector. */
function codeFor(affCode: string | null, roleSector: string | null, affKind: EntityKind): string | null {
  if (!affCode) return roleSector;
  // a place's code is its country's: `Gubernur Damaskus` → SYR + GOV
  if ((affKind === 'country' || affKind === 'location') && roleSector && /^[A-Z]{3}$/u.test(affCode))
    return `${affCode}${roleSector}`;
  return affCode;
}

// Helpers of `link` that hold its closures: a closure in link's loops that read a loop variable made V8
// allocate a context per mention.

/** Persons not from the dictionary with `w` in their name (`Arif Prabowo` for a later `Prabowo`). */
function namedEarlier(persons: Building[], fromDictionary: Set<Building>, w: string): Building[] {
  return persons.filter((p) => !fromDictionary.has(p) && p.nameParts.includes(w));
}

/** Other persons whose name has all of `parts` (`Bobby Nasution` for a later `Bobby`). */
function priorPersons(persons: Building[], name: string, parts: string[]): Building[] {
  return persons.filter((p) => p.entity.name !== name && parts.every((w) => p.nameParts.includes(w)));
}

/** Is token t in a candidate, other than a bare acronym, that is not a mention of `b`? */
function takenByOther(
  all: Cand[],
  t: number,
  acronymOf: Map<Cand, Cand>,
  ofCand: Map<Cand, Building>,
  b: Building,
): boolean {
  return all.some((c) => c.tokStart <= t && t < c.tokEnd && !acronymOf.has(c) && ofCand.get(c) !== b);
}

/** Persons of several name words that begin or end with `w`. */
function nameOwners(persons: Building[], w: string): Building[] {
  return persons.filter(
    (p) => p.nameParts.length > 1 && (p.nameParts[0] === w || p.nameParts[p.nameParts.length - 1] === w),
  );
}

/** The spans of the candidates, each once, in candidate order. */
function distinctSpans(cands: Cand[], text: string): Span[] {
  // a number per span (start and end below text.length + 1), not a string per candidate
  const width = text.length + 1;
  const seen = new Set<number>();
  // built by push, not map/filter: one elements kind whatever tier runs this (see mapPacked)
  const spans: Span[] = [];
  for (const c of cands) {
    const k = c.start * width + c.end;
    if (seen.has(k)) continue;
    seen.add(k);
    spans.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end) });
  }
  return spans;
}

/**
 * `name.split(/\s+/)`; by a split at ' ' (no regex) when the only spacing is single ASCII spaces inside
 * the name, as in nearly every name.
 */
function nameWords(name: string): string[] {
  const last = name.length - 1;
  for (let k = 0; k <= last; k++) {
    const c = name.charCodeAt(k);
    if (!isSpace(c)) continue;
    if (c !== 32 || k === 0 || k === last || name.charCodeAt(k - 1) === 32) return name.split(/\s+/);
  }
  return name.split(' ');
}

/** Where an entity's first mention starts (`Math.min` of its starts, without the array). */
function firstStart(b: Building): number {
  let min = Number.POSITIVE_INFINITY;
  for (const c of b.cands) if (c.start < min) min = c.start;
  return min;
}

const countryWithin = (c: Cand, all: Cand[]) => all.find((d) => within(c, d) && d.kind === 'country');

/** Is `d` a dictionary name inside `c`'s span (`Korea Utara` in `kementerian pertahanan Korea Utara`)? */
const within = (c: Cand, d: Cand) =>
  d !== c && d.tokStart >= c.tokStart && d.tokEnd <= c.tokEnd && d.entry !== undefined;

/**
 * An organisation the dictionary does not know is coded from its parts: the country inside its name
 * (`kementerian pertahanan Korea Utara`) or where it is based (`yang berbasis di AS`), and the sector of
 * its field word (`pertahanan` → MIL) or of its head (`kementerian` → GOV).
 */
function organisationCode(ctx: Ctx, c: Cand, all: Cand[]): string | null {
  const inner = all.find((d) => within(c, d) && (d.kind === 'country' || d.kind === 'igo'));
  // `Fraksi PKB`, `Komisi I DPR`: a known organisation inside gives its country
  // (`Kementerian Kesehatan Gaza`: so does a place coded as a state)
  const owner = inner
    ? undefined
    : all.find(
        (d) => within(c, d) && (d.kind === 'organization' || d.kind === 'location') && d.entry?.country,
      );
  // `Philippine Department of Foreign Affairs`: in English the country's adjective comes first
  const adjective =
    ctx.doc.lang === 'en'
      ? all.find((d) => d.tokEnd === c.tokStart && d.kind === 'country' && d.entry)
      : undefined;
  const place = inner ?? owner ?? adjective ?? basedIn(ctx, c, all);
  const base = place?.entry
    ? place.kind === 'igo'
      ? place.entry.code
      : (place.entry.country ?? place.entry.code)
    : null;
  const head = ctx.lex.orgHeads.match(ctx.words, c.tokStart, c.tokEnd);
  let sector: string | null = null;
  for (let t = c.tokStart + (head?.length ?? 0); t < c.tokEnd && !sector; t++)
    sector = ctx.lex.sectors.match(ctx.words, t, c.tokEnd)?.value ?? null;
  // `Komisi IV DPR`, `Fraksi PKB`: a part of a known body is in that body's sector (LEG, PTY), not in the
  // generic head's (`komisi` GOV)
  const ownerSector = owner?.kind === 'organization' ? (owner.entry?.code?.slice(3) ?? '') : '';
  sector ??= (ownerSector || null) ?? head?.value.sector ?? null;
  if (!base && !sector) return null;
  return `${base ?? ''}${sector && !(base ?? '').endsWith(sector) ? sector : ''}` || null;
}
