// Which reader a file needs: by extension first, by sniffing the first bytes otherwise.
import { isGzip } from './warc-records.js';

export type Format = 'text' | 'jsonl' | 'html' | 'feed' | 'warc';

const BY_EXTENSION: [RegExp, Format][] = [
  [/\.warc(?:\.gz)?$/i, 'warc'],
  [/\.(?:jsonl|ndjson)$/i, 'jsonl'],
  [/\.(?:html?|xhtml)$/i, 'html'],
  [/\.(?:xml|rss|atom)$/i, 'feed'],
  [/\.(?:txt|text)$/i, 'text'],
];

/** Format named by the file's extension, or null when the extension says nothing. */
export function formatFromName(name: string): Format | null {
  for (const [re, format] of BY_EXTENSION) if (re.test(name)) return format;
  return null;
}

/** Whether a folder walk should pick up this file (folders hold READMEs and images too). */
export function isKnownExtension(name: string): boolean {
  return formatFromName(name) !== null;
}

/** Format from the first bytes (a few KiB is plenty). */
export function sniffFormat(head: Uint8Array): Format {
  if (isGzip(head)) return 'warc'; // the only compressed input we read
  let s = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 4096)).toString('latin1');
  s = s.replace(/^\xef\xbb\xbf/, '').trimStart();
  if (s.startsWith('WARC/')) return 'warc';
  const lower = s.toLowerCase();
  if (lower.startsWith('<?xml') || lower.startsWith('<rss') || lower.startsWith('<feed')) {
    if (/<(?:rss|feed|rdf:rdf)[\s>]/.test(lower)) return 'feed';
    if (/<html[\s>]/.test(lower)) return 'html';
    return 'feed';
  }
  if (lower.startsWith('<!doctype html') || lower.startsWith('<html') || lower.startsWith('<!--'))
    return 'html';
  if (s.startsWith('{')) return 'jsonl';
  return 'text';
}

/** The extension decides; .xml that is really an XHTML page, or an unknown name, is sniffed. */
export function detectFormat(name: string, head: Uint8Array): Format {
  const byName = formatFromName(name);
  if (byName === 'feed') {
    const sniffed = sniffFormat(head);
    return sniffed === 'html' ? 'html' : 'feed';
  }
  return byName ?? sniffFormat(head);
}
