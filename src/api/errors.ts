// The one error shape of the API: { error: { code, message, issues? } } with a 4xx/5xx status.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { sendJson } from './json.js';

export type ErrorCode =
  | 'bad_request'
  | 'not_found'
  | 'unauthorized'
  | 'ingest_disabled'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'method_not_allowed'
  | 'internal';

export interface Issue {
  parameter: string; // query parameter, path parameter or body path ("[2].text")
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: Issue[] };
}

/** Thrown by handlers and validators; turned into the JSON error by the app's onError. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
  }
}

export function errorBody(code: ErrorCode, message: string, issues?: Issue[]): ErrorBody {
  return { error: issues?.length ? { code, message, issues } : { code, message } };
}

export function sendError(c: Context, err: ApiError): Response {
  return sendJson(c, errorBody(err.code, err.message, err.issues), err.status);
}

export const notFound = (what: string, id: string) =>
  new ApiError(404, 'not_found', `no ${what} with id ${id}`);
