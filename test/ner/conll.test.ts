import { describe, expect, it } from 'vitest';
import { ConllError, formatConll, parseConll, sentenceTags, sentenceTokens } from '../../src/ner/conll.js';

const CRLF = 'Menurut ADP O\r\nHaposan NOUN B-PER\r\n, PUNCT O\r\n\r\nDi ADP O\r\nPPP PROPN B-ORG\r\n\r\n';

describe('parseConll', () => {
  it('reads CRLF files into sentences with tokens, tags and line numbers', () => {
    const s = parseConll(CRLF, 'a.txt', { tagColumn: true });
    expect(s).toHaveLength(2);
    expect(sentenceTokens(s[0])).toEqual(['Menurut', 'Haposan', ',']);
    expect(sentenceTags(s[0])).toEqual(['O', 'B-PER', 'O']);
    expect(s[1].lines).toEqual([5, 6]);
    expect(sentenceTokens(s[1])).toEqual(['Di', 'PPP']);
  });

  it('accepts LF, tabs and several blank lines between sentences', () => {
    const s = parseConll('Jakarta\tB-LOC\n\n\n\nBandung\tB-LOC\n', 'b.txt', { tagColumn: true });
    expect(s.map(sentenceTokens)).toEqual([['Jakarta'], ['Bandung']]);
  });

  it('names the file and line of an inconsistent column count', () => {
    const bad = 'Menurut ADP O\r\nHaposan B-PER\r\n';
    expect(() => parseConll(bad, 'bad.txt')).toThrow(ConllError);
    expect(() => parseConll(bad, 'bad.txt')).toThrow(/^bad\.txt:2: expected 3 columns, found 2/);
  });

  it('names the line of an unknown tag', () => {
    const bad = 'Presiden NOUN O\nJokowi PROPN B-PERSON\n';
    expect(() => parseConll(bad, 'x.conll', { tagColumn: true })).toThrow(
      /x\.conll:2: unknown tag "B-PERSON"/,
    );
  });

  it('maps foreign tag schemes before checking', () => {
    const s = parseConll('Jokowi\tB-PERSON\n', 'g.txt', { tagColumn: true, tagMap: { 'B-PERSON': 'B-PER' } });
    expect(sentenceTags(s[0])).toEqual(['B-PER']);
  });

  it('rejects an empty file', () => {
    expect(() => parseConll('\r\n\r\n', 'empty.txt')).toThrow(/empty\.txt: empty file/);
  });

  it('writes sentences back with an extra column', () => {
    const s = parseConll(CRLF, 'a.txt');
    const out = formatConll(s, [
      ['O', 'B-PER', 'O'],
      ['O', 'B-ORG'],
    ]);
    expect(out.split('\n').slice(0, 4)).toEqual([
      'Menurut ADP O O',
      'Haposan NOUN B-PER B-PER',
      ', PUNCT O O',
      '',
    ]);
  });
});
