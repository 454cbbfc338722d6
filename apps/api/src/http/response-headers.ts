import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * helmet's headers, as name, value pairs. With no per-request nonce they are the same on every
 * answer, so helmet runs once, here, against a recorder, instead of setting a dozen headers per request.
 */
export function securityHeaders(): string[] {
  const headers: string[] = [];
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.push(name, String(value));
    },
    removeHeader() {},
  };
  helmet()({} as IncomingMessage, recorder as unknown as ServerResponse, () => {});
  return headers;
}

const ALLOWED_METHODS = 'GET,HEAD,PUT,PATCH,POST,DELETE';
/** Browsers may reuse a preflight's answer this long (Chromium caps it at 2 hours). */
const PREFLIGHT_MAX_AGE_SECONDS = '600';

export interface Cors {
  /** The CORS headers of an answer to `origin`: credentials only to an allowed origin, nothing else to others. */
  headersFor(origin: string | undefined): string[];
  /** The extra headers of a preflight (OPTIONS) answer. */
  preflightHeadersFor(origin: string | undefined, requestedHeaders: string | undefined): string[];
}

/**
 * CORS for an allow-list of origins, with credentials. An origin on the list gets
 * Access-Control-Allow-Origin (its own value), Allow-Credentials and Retry-After exposed, so the web
 * app can tell a rate-limited person how long to wait; any other origin gets none of them.
 */
export function createCors(allowedOrigins: readonly string[]): Cors {
  const allowed = new Set(allowedOrigins);
  // Every answer varies by Origin: a cache must not hand one origin's answer to another.
  const otherOrigin = ['Vary', 'Origin'];
  const isAllowed = (origin: string | undefined): origin is string =>
    origin !== undefined && allowed.has(origin);
  return {
    headersFor(origin) {
      if (!isAllowed(origin)) return otherOrigin;
      return [
        'Access-Control-Allow-Origin',
        origin,
        'Access-Control-Allow-Credentials',
        'true',
        'Access-Control-Expose-Headers',
        'Retry-After',
        'Vary',
        'Origin',
      ];
    },
    preflightHeadersFor(origin, requestedHeaders) {
      if (!isAllowed(origin)) return [];
      return [
        'Access-Control-Allow-Methods',
        ALLOWED_METHODS,
        ...(requestedHeaders ? ['Access-Control-Allow-Headers', requestedHeaders] : []),
        'Access-Control-Max-Age',
        PREFLIGHT_MAX_AGE_SECONDS,
        'Vary',
        'Access-Control-Request-Headers',
      ];
    },
  };
}

/** Writes a JSON answer with every gathered header in one `writeHead`. */
export function writeJson(res: ServerResponse, headers: string[], status: number, body: unknown): void {
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  headers.push(
    'Content-Type',
    'application/json; charset=utf-8',
    'Content-Length',
    String(Buffer.byteLength(text)),
  );
  res.writeHead(status, headers);
  res.end(text);
}
