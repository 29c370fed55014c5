// Text from HTML *structure*: block elements become paragraphs (joined by a blank line), <br> a newline,
// inline runs of whitespace one space. textContent of a whole article would glue paragraphs together
// ("…melakukannya.Bantahan…"), which is exactly the damage the normalizer has to guess at later.
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
// Never text: code, styling, embedded media and form controls.
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'head',
  'title',
  'meta',
  'link',
]);
// Cells of a row are separated by a space, not a paragraph.
const CELL = new Set(['td', 'th']);

interface Walker {
  paragraphs: string[];
  current: string;
  pre: number;
}

function flush(w: Walker): void {
  const lines = w.current
    .split('\n')
    .map((l) => l.replace(/[ \t\f\v\u00a0]+$/, '').replace(/^[ \t\f\v\u00a0]+/, ''));
  const text = lines.join('\n').replace(/^\n+|\n+$/g, '');
  if (text.trim()) w.paragraphs.push(text);
  w.current = '';
}

function walk(node: Node, w: Walker): void {
  if (node.nodeType === 3) {
    const value = node.nodeValue ?? '';
    // Outside <pre>, any run of whitespace (newlines included) is one space, as a browser shows it.
    w.current += w.pre ? value : value.replace(/[ \t\n\r\f]+/g, ' ');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const el = node as Element;
  const tag = (el.localName ?? '').toLowerCase();
  if (SKIP.has(tag)) return;
  if (el.getAttribute?.('hidden') !== null && el.getAttribute?.('hidden') !== undefined) return;
  if (tag === 'br') {
    w.current += '\n';
    return;
  }
  if (tag === 'img') {
    return;
  }
  const block = BLOCK.has(tag) && !CELL.has(tag);
  if (block) flush(w);
  if (CELL.has(tag) && w.current && !/\s$/.test(w.current)) w.current += ' ';
  if (tag === 'pre') w.pre++;
  for (let child = node.firstChild; child; child = child.nextSibling) walk(child, w);
  if (tag === 'pre') w.pre--;
  if (block) flush(w);
}

/** Paragraphs of a DOM subtree, joined by blank lines. */
export function nodeToText(node: Node): string {
  const w: Walker = { paragraphs: [], current: '', pre: 0 };
  walk(node, w);
  flush(w);
  return w.paragraphs.join('\n\n');
}

/** Paragraph text of an HTML fragment (feed bodies, Readability output). */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as Node);
}
