// JSON responses with <, > and & escaped as \u003c, \u003e, \u0026: article text routinely quotes
// markup, and escaping keeps a response inert even if it ends up inside an HTML page. JSON.parse
// restores the exact characters, so clients see the text as stored.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function safeStringify(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => ESCAPES[c]);
}

export const JSON_TYPE = 'application/json; charset=utf-8';

export function sendJson(c: Context, value: unknown, status: ContentfulStatusCode = 200): Response {
  return c.body(safeStringify(value), status, { 'Content-Type': JSON_TYPE });
}
