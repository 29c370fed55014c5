// HTML article pages: Readability (on a linkedom DOM) finds the article, our structural walker turns it
// into paragraphs, and the head's meta tags / JSON-LD give title, byline and published date.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Origin, ReadResult } from '../types.js';
import { chooseMarkupCharset, decodeBytes, firstBinaryByte, sniffHtmlCharset } from './bytes.js';
import { findDateline } from './dateline.js';
import { toIsoDate } from './dates.js';
import { nodeToText } from './dom-text.js';
import { errorText, fail } from './errors.js';
import { readPageMeta } from './meta.js';

export interface HtmlContext {
  url?: string | null; // where the page was fetched from (WARC target URI); wins over canonical
  fallbackDate?: string | null; // e.g. WARC-Date, used only when the page declares no date
  charset?: string | null; // from an HTTP Content-Type header
}

// Page furniture Readability sometimes keeps when the article is short.
const FURNITURE = 'nav, header, footer, aside, form, script, style, noscript, iframe, [role="navigation"]';

function cleanTitle(t: string | null | undefined): string | null {
  const s = (t ?? '').replace(/\s+/g, ' ').trim();
  return s || null;
}

/** True when every word of the node sits inside a link: a menu or a link list, not an article. */
function onlyLinks(node: Node): boolean {
  const all = (node.textContent ?? '').replace(/\s+/g, '');
  let linked = 0;
  for (const a of Array.from((node as Element).querySelectorAll?.('a') ?? [])) {
    linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  }
  return all.length === 0 || linked >= all.length;
}

/** Decode HTML bytes (BOM, then header charset, then <meta charset>/http-equiv, then UTF-8/windows-1252). */
export function decodeHtml(buf: Uint8Array, headerCharset?: string | null): string {
  const charset = chooseMarkupCharset(buf, headerCharset ?? null, sniffHtmlCharset(buf));
  return decodeBytes(buf, charset);
}

export function readHtmlBytes(buf: Uint8Array, origin: Origin, ctx: HtmlContext = {}): ReadResult {
  if (buf.length === 0) return fail(origin, 'empty file');
  const bin = firstBinaryByte(buf);
  if (bin !== -1) return fail({ ...origin, byte: (origin.byte ?? 0) + bin }, 'binary data, not an HTML page');
  return readHtml(decodeHtml(buf, ctx.charset), origin, ctx);
}

export function readHtml(html: string, origin: Origin, ctx: HtmlContext = {}): ReadResult {
  try {
    const { document } = parseHTML(html);
    const doc = document as unknown as Document;
    const meta = readPageMeta(doc);
    const docTitle = cleanTitle(doc.querySelector('title')?.textContent);

    // Readability hands back its article node through the serializer, so we walk the structure
    // ourselves instead of re-parsing its HTML string.
    const parsed = new Readability<Node>(doc, { serializer: (n: Node) => n, charThreshold: 200 }).parse();
    let text = parsed?.content && !onlyLinks(parsed.content) ? nodeToText(parsed.content) : '';
    if (!text.trim()) {
      // Nothing Readability liked: fall back to the body without page furniture.
      const { document: again } = parseHTML(html);
      for (const el of Array.from(again.querySelectorAll(FURNITURE))) el.remove();
      text = again.body ? nodeToText(again.body as unknown as Node) : '';
    }
    if (!text.trim()) return fail(origin, 'empty body (no article text found in the page)');

    const url = ctx.url ?? meta.url ?? null;
    return {
      ok: true,
      article: {
        source: url ?? origin.file,
        text,
        title: meta.title ?? cleanTitle(parsed?.title) ?? docTitle,
        url,
        published: meta.published ?? toIsoDate(parsed?.publishedTime) ?? toIsoDate(ctx.fallbackDate),
        byline: meta.byline ?? cleanTitle(parsed?.byline),
        dateline: findDateline(text),
        lang: meta.lang,
        origin,
      },
    };
  } catch (err) {
    return fail(origin, `unreadable HTML: ${errorText(err)}`);
  }
}
