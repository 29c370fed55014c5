// Document-level consistency on top of sentence tagging. News names a person in full once ("Presiden Joko
// Widodo") and later by one name ("Widodo"), and repeats organisation names; a sentence tagger can miss the
// later, context-poor mentions. Two conservative repairs, both only on capitalised tokens tagged O:
//  1. an exact repeat of an entity string found elsewhere in the document gets that entity's majority type;
//  2. a single capitalised token equal to the last token of a multi-token PER elsewhere becomes B-PER.
// Entities the tagger found are never removed or retyped.
import { chunks } from './evaluate.js';
import { type NerModel, type TagOptions, tagTokens } from './model.js';

const isCapitalised = (t: string) => /^\p{Lu}/u.test(t) && t.length > 1;

export function tagDocumentSentences(
  model: NerModel,
  sentences: readonly string[][],
  opts: TagOptions = {},
): string[][] {
  const tags = sentences.map((s) => tagTokens(model, s, opts));
  const typeVotes = new Map<string, Map<string, number>>();
  const surnames = new Set<string>();
  let maxLen = 1;
  sentences.forEach((toks, si) => {
    for (const c of chunks(tags[si])) {
      const phrase = toks.slice(c.start, c.end).join(' ');
      let v = typeVotes.get(phrase);
      if (!v) {
        v = new Map();
        typeVotes.set(phrase, v);
      }
      v.set(c.type, (v.get(c.type) ?? 0) + 1);
      maxLen = Math.max(maxLen, c.end - c.start);
      if (c.type === 'PER' && c.end - c.start > 1) surnames.add(toks[c.end - 1]);
    }
  });
  const majority = new Map<string, string>();
  for (const [phrase, v] of typeVotes) {
    const best = [...v.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    majority.set(phrase, best[0]);
  }
  sentences.forEach((toks, si) => {
    const t = tags[si];
    let i = 0;
    while (i < toks.length) {
      if (t[i] !== 'O' || !isCapitalised(toks[i])) {
        i++;
        continue;
      }
      let done = false;
      for (let L = Math.min(maxLen, toks.length - i); L >= 1 && !done; L--) {
        let allO = true;
        for (let j = i; j < i + L; j++) if (t[j] !== 'O') allO = false;
        // the span must not continue into a capitalised token (a longer, different name)
        if (!allO || (i + L < toks.length && isCapitalised(toks[i + L]) && t[i + L] === 'O')) continue;
        const type = majority.get(toks.slice(i, i + L).join(' '));
        if (type) {
          t[i] = `B-${type}`;
          for (let j = i + 1; j < i + L; j++) t[j] = `I-${type}`;
          i += L;
          done = true;
        }
      }
      if (done) continue;
      const prevCap = i > 0 && isCapitalised(toks[i - 1]);
      const nextCap = i + 1 < toks.length && isCapitalised(toks[i + 1]);
      if (surnames.has(toks[i]) && !prevCap && !nextCap) t[i] = 'B-PER';
      i++;
    }
  });
  return tags;
}
