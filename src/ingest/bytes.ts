// Byte-level checks and decoding shared by every reader: BOM, binary sniffing, UTF-8 validation
// with the offset of the first bad sequence, and charset decoding (with a windows-1252 table of our
// own, because Node 20's TextDecoder decodes 'windows-1252' as plain Latin-1 and turns curly quotes
// 0x93/0x94 into C1 control characters).

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function hasUtf8Bom(buf: Uint8Array): boolean {
  return buf.length >= 3 && buf[0] === UTF8_BOM[0] && buf[1] === UTF8_BOM[1] && buf[2] === UTF8_BOM[2];
}

export function stripUtf8Bom(buf: Uint8Array): Uint8Array {
  return hasUtf8Bom(buf) ? buf.subarray(3) : buf;
}

/**
 * Offset of the first NUL or other control byte that never appears in text, or -1.
 * Only the first `limit` bytes are looked at: a text file does not start being binary halfway.
 */
export function firstBinaryByte(buf: Uint8Array, limit = 8192): number {
  const n = Math.min(buf.length, limit);
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    // Allowed controls: tab, LF, VT, FF, CR, and ESC (some legacy text has it). Everything else
    // below 0x20 (NUL above all) means this is not a text article.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b)
      return i;
  }
  return -1;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the whole buffer is valid UTF-8. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i; // sequence cut off by the end of the buffer
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlongs, UTF-16 surrogates and code points past U+10FFFF are invalid too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

// 0x80–0x9F in windows-1252 (WHATWG index); undefined slots map to the C1 control of the same value.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(buf: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < buf.length; start += CHUNK) {
    const end = Math.min(buf.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = buf[i];
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Canonical charset name for a label from a header or meta tag, or null when unknown/unsupported. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (!l) return null;
  // WHATWG maps these Latin-1 labels to windows-1252; so do we.
  if (
    /^(windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|latin-1|l1|us-ascii|ascii|ansi_x3\.4-1968)$/.test(
      l,
    )
  )
    return 'windows-1252';
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

/** Decode with a known charset; UTF-8 BOM is dropped. Lenient (replacement characters) for HTML/feeds. */
export function decodeBytes(buf: Uint8Array, charset: string): string {
  if (hasUtf8Bom(buf)) return new TextDecoder('utf-8').decode(buf.subarray(3));
  if (charset === 'windows-1252') return decodeWindows1252(buf);
  return new TextDecoder(charset).decode(buf);
}

/** Charset from a Content-Type value like `text/html; charset=ISO-8859-1`. */
export function charsetFromContentType(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(value);
  return m ? normalizeCharset(m[1]) : null;
}

/** `<meta charset>` / `<meta http-equiv="Content-Type" content="…charset=…">` in the first 4 KiB. */
export function sniffHtmlCharset(buf: Uint8Array): string | null {
  const head = decodeWindows1252(buf.subarray(0, 4096));
  const direct = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (direct) return normalizeCharset(direct[1]);
  return null;
}

/** `<?xml version="1.0" encoding="…"?>` */
export function sniffXmlEncoding(buf: Uint8Array): string | null {
  const head = decodeWindows1252(buf.subarray(0, 512));
  const m = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m ? normalizeCharset(m[1]) : null;
}

/**
 * Charset for markup bytes: BOM, then the transport header (WARC HTTP headers), then the document's
 * own declaration, then UTF-8 if the bytes are valid UTF-8, else windows-1252 (what browsers assume).
 */
export function chooseMarkupCharset(
  buf: Uint8Array,
  headerCharset: string | null,
  declared: string | null,
): string {
  if (hasUtf8Bom(buf)) return 'utf-8';
  if (headerCharset) return headerCharset;
  if (declared) return declared;
  return firstInvalidUtf8(buf) === -1 ? 'utf-8' : 'windows-1252';
}

/** Unify line endings: CRLF and lone CR become LF. A reader concern (line structure), not normalization. */
export function unifyNewlines(s: string): string {
  return s.indexOf('\r') === -1 ? s : s.replace(/\r\n?/g, '\n');
}
