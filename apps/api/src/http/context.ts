import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccessTokenClaims } from '@hormohelp/contracts';
import {
  type Logger,
  logRequest,
  type Params,
  type RequestWithBody,
  requestIdOf,
  type TrustProxySetting,
} from '@hormohelp/server-kit';
import proxyAddr from 'proxy-addr';
import { parseQuery, type Query } from './query';

/** Which proxies may say who the client is (X-Forwarded-For), compiled once from TRUST_PROXY. */
export type TrustProxy = (address: string, hop: number) => boolean;

/** Compiles a TRUST_PROXY setting (see envTrustProxy) as Express compiles its `trust proxy`. */
export function compileTrustProxy(setting: TrustProxySetting): TrustProxy {
  if (typeof setting === 'boolean') return () => setting;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return proxyAddr.compile(setting.split(',').map((entry) => entry.trim()));
}

/**
 * One request on its way through the API: what the handlers read (the path's params, the query, the
 * parsed body, the token's user) and the headers its answer will carry, gathered here and written once.
 */
export class ApiContext {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  /** Response headers as name, value, name, value…: written in one `writeHead`. */
  readonly headers: string[];
  params: Params = {};
  /** The verified access token's claims; set for every route under /api and /users but the public ones. */
  user!: AccessTokenClaims;
  private readonly search: string;
  private parsedQuery: Query | undefined;
  private childLog: Logger | undefined;

  constructor(
    readonly req: RequestWithBody,
    readonly res: ServerResponse,
    private readonly logger: Logger,
    private readonly trustProxy: TrustProxy,
    baseHeaders: readonly string[],
  ) {
    this.id = requestIdOf(req.headers['x-request-id']);
    this.method = req.method ?? 'GET';
    const [path, search] = splitUrl(req.url ?? '/');
    this.path = path;
    this.search = search;
    this.headers = [...baseHeaders, 'X-Request-Id', this.id];
    const startedAt = performance.now();
    res.once('finish', () => {
      logRequest(logger, {
        requestId: this.id,
        method: this.method,
        path,
        status: res.statusCode,
        startedAt,
      });
    });
  }

  get body(): unknown {
    return this.req.body;
  }

  /** The query string's parameters, parsed on first use. */
  get query(): Query {
    this.parsedQuery ??= parseQuery(this.search);
    return this.parsedQuery;
  }

  /** A logger carrying the request id, made on first use: most requests log nothing but their request line. */
  get log(): Logger {
    this.childLog ??= this.logger.child({ requestId: this.id });
    return this.childLog;
  }

  /** The client's address: the socket's, or the one the trusted proxies in front of it forwarded. */
  get ip(): string {
    return proxyAddr(this.req as IncomingMessage, this.trustProxy);
  }

  header(name: string): string | undefined {
    const value = this.req.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  }

  /** Sets the gathered headers on the response, for code that writes it itself (a proxy, a stream). */
  applyHeaders(): void {
    for (let index = 0; index < this.headers.length; index += 2)
      this.res.setHeader(this.headers[index]!, this.headers[index + 1]!);
  }
}

/** `/api/posts?limit=5` → [`/api/posts`, `limit=5`]; an absolute-form target keeps only its path. */
function splitUrl(url: string): [string, string] {
  if (!url.startsWith('/')) {
    try {
      const parsed = new URL(url);
      return [parsed.pathname, parsed.search.slice(1)];
    } catch {
      return ['/', ''];
    }
  }
  const at = url.indexOf('?');
  return at === -1 ? [url, ''] : [url.slice(0, at), url.slice(at + 1)];
}
