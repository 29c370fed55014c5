// Request validation: query strings through the route's zod schema, failures as 400s that name
// every offending parameter.
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, type Issue } from './errors.js';

/**
 * zod issues → { parameter, message } with the parameter as the user wrote it: a query parameter
 * by name, a body field by path under `base` ("body.1.text").
 */
export function toIssues(error: z.ZodError, base?: string): Issue[] {
  const out: Issue[] = [];
  const name = (path: PropertyKey[]) =>
    // kinds.1 → kinds: in a query the user wrote one comma-separated value, not an array
    (base ? [base, ...path] : path.filter((p) => typeof p !== 'number')).map(String).join('.');
  for (const i of error.issues) {
    if (i.code === 'unrecognized_keys') {
      for (const k of i.keys)
        out.push({ parameter: name([...i.path, k]), message: base ? 'unknown field' : 'unknown parameter' });
      continue;
    }
    out.push({ parameter: name(i.path), message: i.message });
  }
  return out;
}

export function summary(issues: Issue[]): string {
  return issues.map((i) => `${i.parameter || '(body)'}: ${i.message}`).join('; ');
}

/**
 * Validates the query string. Empty values (`?actor=`) count as absent, which is what an HTML form
 * with an untouched field sends.
 */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const raw: Record<string, string> = {};
  for (const [k, v] of Object.entries(c.req.query())) if (v !== '') raw[k] = v;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = toIssues(parsed.error);
  const allowed = allowedKeys(schema);
  const unknown = issues.some((i) => i.message === 'unknown parameter');
  const hint = unknown && allowed ? ` (allowed: ${allowed.join(', ') || 'none'})` : '';
  throw new ApiError(400, 'bad_request', `invalid query: ${summary(issues)}${hint}`, issues);
}

function allowedKeys(schema: z.ZodType): string[] | null {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : null;
}
