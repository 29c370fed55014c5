// Turning speaker references into entity ids, in text order so that a pronoun can point back to a
// speaker resolved before it:
//   explicit  an entity mention names the speaker;
//   anaphor   a definite noun phrase (`pejabat itu`, `sang menteri`) that the entities layer linked, or
//             whose role head matches an entity seen before;
//   pronoun   `ia`, `dia`, `beliau`, `mereka`, `-nya`: the most recent compatible speaker or sentence
//             subject (a person for `ia`, a country or organisation for `mereka`);
//   context   a `…, katanya.` followed by `…, tambah X.`, or a quotation with no cue next to one that
//             has a speaker: a paragraph of quotes after one attribution belongs to that speaker.
// What cannot be resolved stays null.
import type { Entity } from '../../types.js';
import { type Ctx, isVerbLike, kindRank, mentionsWithin, preferred, skipConnectives } from './context.js';
import { cueAt } from './direct.js';
import type { Draft } from './draft.js';
import type { Pronoun } from './lexicon.js';

interface Salient {
  pos: number;
  entity: Entity;
  subject?: number; // the sentence a sentence subject opens: a pronoun never points into its own
}

function compatible(p: Pick<Pronoun, 'refers'>, e: Entity): boolean {
  if (p.refers === 'person') return e.kind === 'person';
  if (p.refers === 'collective') return e.kind !== 'person' && kindRank(e) <= 2;
  return kindRank(e) <= 2;
}

/** The subject of each sentence: the preferred mention before its first verb, outside any content. */
function subjects(ctx: Ctx, drafts: Draft[]): Salient[] {
  const out: Salient[] = [];
  for (const [a, b] of ctx.sentTok) {
    if (b <= a || ctx.quoteOfTok[a]) continue;
    const open = skipConnectives(ctx, a, b);
    let v = open;
    while (v < b && v - open < 16 && !isVerbLike(ctx, v) && !ctx.quoteOfTok[v]) v++;
    if (v === open || v >= b) continue;
    const start = ctx.doc.tokens[open].start;
    const end = ctx.doc.tokens[v - 1].end;
    // A sentence opened by `Menurut X, …` has X as a speaker already; mentions inside what somebody
    // said are not the narrative's subjects.
    if (cueAt(ctx, open)) continue;
    const outside = mentionsWithin(ctx, start, end).filter(
      (m) => !drafts.some((d) => d.content.start <= m.start && d.content.end >= m.end),
    );
    const m = preferred(outside);
    if (m) out.push({ pos: m.start, entity: m.entity, subject: ctx.doc.tokens[a].sentence });
  }
  return out;
}

function sentenceAt(ctx: Ctx, pos: number): number {
  for (const s of ctx.doc.sentences) if (pos >= s.start && pos < s.end) return s.index;
  return ctx.doc.sentences.length - 1;
}

function paragraphOf(ctx: Ctx, sentence: number): number {
  return ctx.doc.sentences[sentence]?.paragraph ?? -1;
}

/** The entity an unlinked role phrase (`sang menteri`) names: the latest one whose name or role has its head. */
function byHead(ctx: Ctx, head: string, at: number): Entity | null {
  const re = new RegExp(`(^|[^\\p{L}])${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'iu');
  let best: { pos: number; e: Entity } | null = null;
  const named = new Map<Entity, boolean>(); // tested once per entity, not once per mention
  for (const m of ctx.mentions) {
    if (m.start >= at) break;
    const e = m.entity;
    let has = named.get(e);
    if (has === undefined) {
      has =
        re.test(e.name) || (e.role !== null && re.test(e.role)) || e.mentions.some((x) => re.test(x.text));
      named.set(e, has);
    }
    if (!has) continue;
    if (!best || m.start >= best.pos) best = { pos: m.start, e };
  }
  return best?.e ?? null;
}

/**
 * A name the entities layer left unlinked (`Bobby` after `Bobby Nasution`): the one entity whose name or
 * mentions end with the same words, trying shorter endings of the name; none or several → null.
 */
function byName(ctx: Ctx, name: string): Entity | null {
  const words = name.split(/\s+/);
  // each entity's forms, padded, made once for all the endings tried
  const padded = [...ctx.entities.values()].map((e) => ({
    e,
    forms: [e.name, ...e.mentions.map((m) => m.text)].map((f) => ` ${f.toLowerCase()} `),
  }));
  for (let k = 0; k < words.length; k++) {
    const tail = words.slice(k).join(' ').toLowerCase();
    if (tail.length < 3) break;
    const hits = new Set<Entity>();
    for (const { e, forms } of padded) if (forms.some((f) => f.includes(` ${tail} `))) hits.add(e);
    const persons = [...hits].filter((e) => e.kind === 'person');
    if (persons.length === 1) return persons[0];
    if (hits.size === 1) return [...hits][0];
    if (hits.size > 1) return null;
  }
  return null;
}

export function resolveSpeakers(ctx: Ctx, drafts: Draft[]): void {
  const salient = subjects(ctx, drafts);
  const spoken: Salient[] = [];
  const mostRecent = (p: Pick<Pronoun, 'refers'>, at: number): Entity | null => {
    const own = sentenceAt(ctx, at);
    let best: Salient | null = null;
    for (const s of [...salient, ...spoken]) {
      if (s.pos >= at || !compatible(p, s.entity) || s.subject === own) continue;
      if (!best || s.pos > best.pos) best = s;
    }
    return best?.entity ?? null;
  };
  const done = (d: Draft, e: Entity | null, resolution: NonNullable<Draft['resolved']>['resolution']) => {
    d.resolved = { id: e?.id ?? null, resolution: e ? resolution : null };
    if (e) spoken.push({ pos: d.cue.end > d.cue.start ? d.cue.start : d.content.start, entity: e });
  };
  const entityOf = (id: string | null | undefined) => (id ? (ctx.entities.get(id) ?? null) : null);

  drafts.forEach((d, n) => {
    const ref = d.speaker;
    if (d.how === 'continued' && d.link?.resolved) {
      done(d, entityOf(d.link.resolved.id), d.link.resolved.resolution);
      return;
    }
    if (!ref) {
      // A quotation with no cue: the speaker of the quotation before it or after it.
      const s = sentenceAt(ctx, d.content.start);
      const sEnd = sentenceAt(ctx, d.content.end - 1);
      const prev = n > 0 ? drafts[n - 1] : null;
      const back =
        prev?.resolved?.id && Math.max(prev.sentence, sentenceAt(ctx, prev.content.end - 1)) >= s - 1
          ? prev
          : null;
      const fwd = drafts
        .slice(n + 1)
        .find(
          (p) => p.kind === 'direct' && p.how === 'post' && sentenceAt(ctx, p.content.start) === sEnd + 1,
        );
      const fwdId = fwd?.speaker?.type === 'entity' ? fwd.speaker.mention.entity : null;
      const para = paragraphOf(ctx, s);
      const backOk = back && paragraphOf(ctx, back.sentence) >= para - 1;
      const useFwd =
        fwdId &&
        fwd &&
        (!backOk || (paragraphOf(ctx, fwd.sentence) === para && paragraphOf(ctx, back!.sentence) !== para));
      const link = useFwd ? fwd : backOk ? back : null;
      if (link) {
        d.cue = link.cue;
        d.cueInfo = link.cueInfo;
        d.sentence = link.sentence;
        d.link = link;
        done(d, useFwd ? fwdId : entityOf(link.resolved?.id), 'context');
      } else done(d, null, null);
      return;
    }
    switch (ref.type) {
      case 'entity':
        done(d, ref.mention.entity, ref.anaphor ? 'anaphor' : 'explicit');
        return;
      case 'unknown':
        done(d, ref.name ? byName(ctx, ref.name) : null, 'explicit');
        return;
      case 'head': {
        // `sang menteri` → the entity whose role says menteri; failing that, a definite phrase points
        // back like a pronoun of its kind (`Politikus PNB itu` → the last person spoken of).
        let e = byHead(ctx, ref.head, ref.at);
        if (!e && ref.definite)
          e = mostRecent({ refers: ctx.lex.headRefers.get(ref.head) ?? 'person' }, ref.at);
        done(d, e, 'anaphor');
        return;
      }
      case 'coord': {
        const prev = [...drafts.slice(0, n)].reverse().find((p) => p.sentence === d.sentence && p.resolved);
        done(d, entityOf(prev?.resolved?.id), prev?.resolved?.resolution ?? null);
        return;
      }
      case 'pronoun': {
        // `…, katanya.` before `…, tambah X.`: the next sentence says who is still speaking.
        if (ref.pronoun === ctx.lex.clitic) {
          const next = drafts
            .slice(n + 1)
            .find(
              (p) => p.sentence === d.sentence + 1 && p.cueInfo?.continues && p.speaker?.type === 'entity',
            );
          if (
            next &&
            next.speaker?.type === 'entity' &&
            compatible(ref.pronoun, next.speaker.mention.entity)
          ) {
            done(d, next.speaker.mention.entity, 'context');
            return;
          }
        }
        done(d, mostRecent(ref.pronoun, ref.at), 'pronoun');
        return;
      }
    }
  });
}
