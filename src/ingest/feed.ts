// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one RawArticle per item that carries a body
// (content:encoded > content > description > summary, HTML stripped to paragraphs). An item with no
// body is reported as a failed result and the feed goes on.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Origin, ReadResult } from '../types.js';
import {
  chooseMarkupCharset,
  decodeBytes,
  firstBinaryByte,
  sniffXmlEncoding,
  unifyNewlines,
} from './bytes.js';
import { findDateline } from './dateline.js';
import { toIsoDate } from './dates.js';
import { htmlToText } from './dom-text.js';
import { errorText, fail } from './errors.js';
import { primaryLanguage } from './meta.js';

type Node = Record<string, unknown>;

const ARRAYS = new Set(['item', 'entry', 'link', 'category', 'author', 'dc:creator']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

/** Text of an element that may be a string, {#text}, or a CDATA-merged node. */
function textOf(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object') return textOf((v as Node)['#text']);
  return null;
}

function attr(v: unknown, name: string): string | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (textOf((v as Node)[`@_${name}`]) ?? null) : null;
}

/** Markup → paragraphs; plain text keeps its own blank-line paragraphs. */
function bodyText(raw: string, type: string | null): string {
  const looksHtml = type === 'html' || type === 'xhtml' || /<\/?[a-z][\w-]*[\s/>]/i.test(raw);
  const text = looksHtml && type !== 'text' ? htmlToText(raw) : unifyNewlines(raw);
  return text.replace(/^\s+|\s+$/g, '');
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return textOf(links);
  const alternate = links.find((l) => !attr(l, 'rel') || attr(l, 'rel') === 'alternate');
  return attr(alternate ?? links[0], 'href') ?? textOf(alternate ?? links[0]);
}

function names(v: unknown): string | null {
  const list = (Array.isArray(v) ? v : [v])
    .map((a) => (a && typeof a === 'object' && 'name' in (a as Node) ? textOf((a as Node).name) : textOf(a)))
    .filter((x): x is string => !!x);
  return list.length ? list.join(', ') : null;
}

interface FeedItem {
  title: string | null;
  link: string | null;
  id: string | null;
  date: unknown;
  body: { raw: string; type: string | null } | null;
  author: string | null;
}

function rssItem(it: Node): FeedItem {
  const encoded = textOf(it['content:encoded']);
  const description = textOf(it.description);
  const raw = encoded ?? description;
  return {
    title: textOf(it.title),
    link: textOf(it.link),
    id: textOf(it.guid),
    date: textOf(it.pubDate) ?? textOf(it['dc:date']),
    body: raw ? { raw, type: null } : null,
    author: names(it['dc:creator']) ?? names(it.author),
  };
}

function atomEntry(e: Node): FeedItem {
  const content = textOf(e.content);
  const summary = textOf(e.summary);
  const body = content
    ? { raw: content, type: attr(e.content, 'type') }
    : summary
      ? { raw: summary, type: attr(e.summary, 'type') }
      : null;
  return {
    title: textOf(e.title),
    link: atomLink(e.link),
    id: textOf(e.id),
    date: textOf(e.published) ?? textOf(e.updated),
    body,
    author: names(e.author),
  };
}

/** All items of a parsed feed document, with the feed's declared language. */
function feedItems(doc: Node): { items: FeedItem[]; lang: string | null } | null {
  const rss = doc.rss as Node | undefined;
  if (rss) {
    const channel = (Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) as Node | undefined;
    const items = (channel?.item as Node[] | undefined) ?? [];
    return { items: items.map(rssItem), lang: primaryLanguage(textOf(channel?.language)) };
  }
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf) {
    const channel = rdf.channel as Node | undefined;
    const items = (rdf.item as Node[] | undefined) ?? [];
    return { items: items.map(rssItem), lang: primaryLanguage(textOf(channel?.['dc:language'])) };
  }
  const feed = doc.feed as Node | undefined;
  if (feed) {
    const entries = (feed.entry as Node[] | undefined) ?? [];
    return { items: entries.map(atomEntry), lang: primaryLanguage(attr(feed, 'xml:lang')) };
  }
  return null;
}

export function readFeedText(xml: string, file: string): ReadResult[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return [fail({ file, line: valid.err.line }, `invalid XML: ${valid.err.msg}`)];
  }
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    return [fail({ file }, `invalid XML: ${errorText(err)}`)];
  }
  const feed = feedItems(doc);
  if (!feed) return [fail({ file }, 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)')];
  if (feed.items.length === 0) return [fail({ file }, 'feed has no items')];
  return feed.items.map((item, i) => {
    const origin: Origin = { file, line: i + 1 };
    const record = item.id ?? item.link ?? undefined;
    if (record) origin.record = record;
    const label = item.title ? ` "${item.title}"` : '';
    if (!item.body) return fail(origin, `feed item ${i + 1}${label} has no body (no content or description)`);
    const text = bodyText(item.body.raw, item.body.type);
    if (!text) return fail(origin, `feed item ${i + 1}${label} has an empty body`);
    return {
      ok: true,
      article: {
        id: item.id ?? undefined,
        source: item.link ?? file,
        text,
        title: item.title,
        url: item.link,
        published: toIsoDate(item.date),
        byline: item.author,
        dateline: findDateline(text),
        lang: feed.lang,
        origin,
      },
    };
  });
}

export function readFeedBytes(buf: Uint8Array, file: string): ReadResult[] {
  if (buf.length === 0) return [fail({ file }, 'empty file')];
  const bin = firstBinaryByte(buf);
  if (bin !== -1) return [fail({ file, byte: bin }, 'binary data, not a feed')];
  const charset = chooseMarkupCharset(buf, null, sniffXmlEncoding(buf));
  return readFeedText(decodeBytes(buf, charset), file);
}
