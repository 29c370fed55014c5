// RawArticle → Document: the one structure every annotator shares (text, sentences, tokens, quotations,
// all with offsets into the same normalized text).
import crypto from 'node:crypto';
import { detectLanguage } from '../ingest/language.js';
import type { Document, RawArticle } from '../types.js';
import { lowerCase } from './chars.js';
import { normalize } from './normalize.js';
import { mapPackedSized } from './packed.js';
import { findQuotations } from './quotes.js';
import { paragraphs, sentences } from './segment.js';
import { tokenize } from './tokens.js';

/** Stable document id: the first 64 bits of SHA-256 over the normalized text, in hex. */
export function documentId(text: string): string {
  return sha256Hex(text).slice(0, 16);
}

// The one-shot `crypto.hash` (Node 20.12+) skips the Hash object createHash builds per document.
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

export function buildDocument(raw: RawArticle): Document {
  const { text, repairs } = normalize(raw.text);
  const sents = sentences(text);
  return {
    id: documentId(text),
    source: raw.source,
    inputId: raw.id ?? null,
    // the first few thousand characters decide the language; the rest only costs time
    lang: raw.lang ?? detectLanguage(text.slice(0, 3000)),
    published: raw.published ?? null,
    byline: raw.byline ?? null,
    dateline: raw.dateline ?? null,
    title: raw.title ?? null,
    url: raw.url ?? null,
    text,
    repairs,
    paragraphs: paragraphs(text),
    sentences: sents,
    tokens: tokenize(text, sents),
    quotes: findQuotations(text),
  };
}

/** Per sentence, the [first token, end token) range of its tokens (empty sentences get [n, n]). */
export function sentenceTokenRanges(doc: Pick<Document, 'sentences' | 'tokens'>): [number, number][] {
  const ranges: [number, number][] = doc.sentences.map(() => [0, 0]);
  let prev = -1;
  for (const t of doc.tokens) {
    if (t.sentence !== prev) {
      ranges[t.sentence] = [t.index, t.index + 1];
      prev = t.sentence;
    } else ranges[t.sentence][1] = t.index + 1;
  }
  return ranges;
}

const lowercase = new WeakMap<Document, string[]>();

/**
 * The lowercase text of every token, built once per document: the statement and the event layers read
 * the same words, and neither writes them.
 */
export function lowercaseWords(doc: Document): string[] {
  let words = lowercase.get(doc);
  if (!words) {
    words = mapPackedSized(doc.tokens, (t) => lowerCase(t.text));
    lowercase.set(doc, words);
  }
  return words;
}
