// CoNLL reading and writing for the NER tagger and its evaluation.
// A file is `token [column…]` per line, a blank line between sentences; CRLF and LF are both accepted.
// Errors name the file and the 1-based line so a bad corpus can be fixed by hand.

export const NER_TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type NerTag = (typeof NER_TAGS)[number];
const TAG_SET = new Set<string>(NER_TAGS);

/** One sentence: the columns of each token line, and the 1-based line number of each. */
export interface ConllSentence {
  rows: string[][];
  lines: number[];
}

export class ConllError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(line > 0 ? `${file}:${line}: ${detail}` : `${file}: ${detail}`);
    this.name = 'ConllError';
  }
}

export interface ReadConllOptions {
  /** Every token line must have this many columns; by default the first line sets the count. */
  columns?: number;
  /** Minimum columns per line (e.g. 2 when the last column must be a tag). */
  minColumns?: number;
  /** Check that the last column is a known IOB2 tag (PER/ORG/LOC); map foreign tags first if needed. */
  tagColumn?: boolean;
  /** Rename tags of other schemes before checking (e.g. NERGrit's B-PERSON → B-PER). */
  tagMap?: Record<string, string>;
}

/** Parse CoNLL text. Columns are split on runs of whitespace (space or tab). */
export function parseConll(text: string, file: string, opts: ReadConllOptions = {}): ConllSentence[] {
  if (text.trim() === '') throw new ConllError(file, 0, 'empty file: no token lines');
  const lines = text.split(/\r?\n/);
  const sentences: ConllSentence[] = [];
  let cur: ConllSentence = { rows: [], lines: [] };
  let width = opts.columns ?? 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    if (raw.trim() === '') {
      if (cur.rows.length > 0) sentences.push(cur);
      cur = { rows: [], lines: [] };
      continue;
    }
    const lineNo = i + 1;
    // -DOCSTART- lines are document separators in CoNLL-2003 style files: treat them as a break.
    if (raw.startsWith('-DOCSTART-')) continue;
    const cols = raw.trim().split(/[ \t]+/);
    if (width === 0) width = cols.length;
    if (cols.length !== width) {
      throw new ConllError(file, lineNo, `expected ${width} columns, found ${cols.length}: "${raw.trim()}"`);
    }
    if (opts.minColumns && cols.length < opts.minColumns) {
      throw new ConllError(file, lineNo, `expected at least ${opts.minColumns} columns (token … tag)`);
    }
    if (opts.tagColumn) {
      const last = cols.length - 1;
      const tag = opts.tagMap?.[cols[last]] ?? cols[last];
      if (!TAG_SET.has(tag)) {
        throw new ConllError(
          file,
          lineNo,
          `unknown tag "${cols[last]}" (expected one of ${NER_TAGS.join(' ')})`,
        );
      }
      cols[last] = tag;
    }
    cur.rows.push(cols);
    cur.lines.push(lineNo);
  }
  if (cur.rows.length > 0) sentences.push(cur);
  return sentences;
}

/** Tokens (first column) of each sentence. */
export function sentenceTokens(s: ConllSentence): string[] {
  return s.rows.map((r) => r[0]);
}

/** Tags (last column) of each sentence. */
export function sentenceTags(s: ConllSentence): string[] {
  return s.rows.map((r) => r[r.length - 1]);
}

/** Write sentences back, appending one extra column per token; sentences separated by a blank line. */
export function formatConll(sentences: ConllSentence[], extra: string[][], eol = '\n'): string {
  const out: string[] = [];
  sentences.forEach((s, si) => {
    s.rows.forEach((r, ti) => {
      out.push(`${r.join(' ')} ${extra[si][ti]}`);
    });
    out.push('');
  });
  return out.join(eol);
}
