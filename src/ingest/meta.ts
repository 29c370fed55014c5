// Article metadata from an HTML page's head: published date (meta tags, JSON-LD, <time>), title,
// byline, canonical URL and declared language. Read before Readability, which rewrites the DOM.
import { toIsoDate } from './dates.js';

export interface PageMeta {
  title: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  lang: string | null;
}

// In order of trust: the Open Graph article date is the most consistently filled on news sites.
const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'dtk:publishdate',
  'content_publisheddate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'date',
];
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'parsely-author', 'byl', 'content_author'];
const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title'];

function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = (
      m.getAttribute('property') ??
      m.getAttribute('name') ??
      m.getAttribute('itemprop') ??
      m.getAttribute('http-equiv') ??
      ''
    )
      .trim()
      .toLowerCase();
    const content = m.getAttribute('content')?.trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

type Json = Record<string, unknown>;

/** Every object in the page's JSON-LD blocks (through arrays and @graph). */
function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      const graph = (v as Json)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = s.textContent ?? '';
    try {
      visit(JSON.parse(raw));
    } catch {
      // Sites often put raw newlines inside JSON-LD strings; try once more without them.
      try {
        visit(JSON.parse(raw.replace(/[\r\n\t]+/g, ' ')));
      } catch {
        /* unreadable JSON-LD is ignored, like a browser would */
      }
    }
  }
  return out;
}

function isArticleType(o: Json): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && /Article|Posting|Report/i.test(x));
}

function authorName(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(authorName).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return authorName((v as Json).name);
  return null;
}

function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** ISO 639-1 primary subtag of a declared language ("id-ID", "id_ID", "en") or null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(tag ?? '');
  return m ? m[1].toLowerCase() : null;
}

export function readPageMeta(doc: Document): PageMeta {
  const meta = metaMap(doc);
  const ld = jsonLdObjects(doc);
  const article = ld.find(isArticleType) ?? ld.find((o) => o.datePublished) ?? null;

  let published: string | null = null;
  const ogDate = meta.get('article:published_time');
  if (ogDate) published = toIsoDate(ogDate);
  if (!published && article?.datePublished) published = toIsoDate(article.datePublished);
  for (const k of DATE_KEYS) {
    if (published) break;
    const v = meta.get(k);
    if (v) published = toIsoDate(v);
  }
  if (!published) {
    const time = doc.querySelector('article time[datetime], time[pubdate][datetime], time[datetime]');
    published = toIsoDate(time?.getAttribute('datetime'));
  }

  let title: string | null = typeof article?.headline === 'string' ? article.headline.trim() || null : null;
  for (const k of TITLE_KEYS) if (!title) title = meta.get(k) ?? null;

  let byline = authorName(article?.author);
  for (const k of AUTHOR_KEYS) {
    if (byline) break;
    const v = meta.get(k);
    if (v && !isUrl(v)) byline = v;
  }

  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const url = canonical && isUrl(canonical) ? canonical : (meta.get('og:url') ?? null);

  const lang =
    primaryLanguage(doc.documentElement?.getAttribute('lang')) ??
    primaryLanguage(meta.get('content-language')) ??
    primaryLanguage(meta.get('og:locale')) ??
    (typeof article?.inLanguage === 'string' ? primaryLanguage(article.inLanguage) : null);

  return { title, byline, published, url, lang };
}
