// Training-time construction of the word lexicon shipped in the model: casing statistics from unlabeled
// text, lemmas from the lemma lookup, and word clusters (see clusters.ts).
import type { LexEntry } from './features.js';

const EDGE_PUNCT = /^([\p{P}\p{S}]*)(.*?)([\p{P}\p{S}]*)$/u;

/** Whitespace tokenisation with leading/trailing punctuation split off, close to the CoNLL data's style. */
export function roughTokens(line: string): string[] {
  const out: string[] = [];
  for (const raw of line.split(/\s+/)) {
    if (!raw) continue;
    const m = EDGE_PUNCT.exec(raw);
    if (!m?.[2]) {
      for (const ch of raw) out.push(ch);
      continue;
    }
    for (const ch of m[1]) out.push(ch);
    // keep a final dot of abbreviations like "Jl." or "H." attached
    let core = m[2];
    let tail = m[3];
    if (tail.startsWith('.') && /^[A-Z][a-z]{0,3}$/.test(core)) {
      core += '.';
      tail = tail.slice(1);
    }
    out.push(core);
    for (const ch of tail) out.push(ch);
  }
  return out;
}

const SENT_OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '-', '—', ':', '.', '!', '?']);

/**
 * For each lowercase word: how often it is capitalised when not sentence-initial. Bucketed so the feature
 * generalises: 0 never … 4 always; +5 when seen fewer than 3 times (weak evidence).
 */
export function capitalisationBuckets(sentences: string[][]): Map<string, number> {
  const counts = new Map<string, [number, number]>();
  for (const toks of sentences) {
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i];
      if (SENT_OPENERS.has(toks[i - 1])) continue;
      const lw = t.toLowerCase();
      if (lw === t.toUpperCase()) continue; // no letters
      let c = counts.get(lw);
      if (!c) {
        c = [0, 0];
        counts.set(lw, c);
      }
      if (t[0] !== t[0].toLowerCase()) c[0]++;
      c[1]++;
    }
  }
  const out = new Map<string, number>();
  for (const [w, [cap, n]] of counts) {
    const r = cap / n;
    const b = r < 0.1 ? 0 : r < 0.4 ? 1 : r < 0.6 ? 2 : r < 0.9 ? 3 : 4;
    out.set(w, n < 3 ? b + 5 : b);
  }
  return out;
}

export function buildLexicon(
  vocab: Iterable<string>,
  caps: Map<string, number>,
  lemmas: Record<string, string> | null,
  clusters: Map<string, string[]> | null,
): Map<string, LexEntry> {
  const lex = new Map<string, LexEntry>();
  for (const w of vocab) {
    const e: LexEntry = { clusters: clusters?.get(w) ?? [], capBucket: caps.get(w) ?? -1 };
    const lem = lemmas?.[w];
    if (lem && lem !== w) e.lemma = lem;
    if (e.clusters.length === 0 && e.capBucket < 0 && !e.lemma) continue;
    lex.set(w, e);
  }
  return lex;
}

export function lexToData(lex: Map<string, LexEntry>) {
  const words = [...lex.keys()].sort();
  return {
    words,
    clusters: words.map((w) => lex.get(w)!.clusters),
    lemmas: words.map((w) => lex.get(w)!.lemma ?? null),
    cap: words.map((w) => lex.get(w)!.capBucket),
  };
}
