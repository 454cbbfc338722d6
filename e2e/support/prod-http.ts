/**
 * One HTTP request on its own connection (no keep-alive), so a test sees exactly what a fresh client
 * sees: a stopped server refuses the connection instead of failing a reused socket.
 */
import { request } from 'node:http';

export interface HttpResult {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back, field by field
  body: any;
  headers: Record<string, string | string[] | undefined>;
  /** The raw Set-Cookie line for refresh_token, if the response set one. */
  refreshSetCookie: string | undefined;
  /** Its value ('' when the response cleared it). */
  refreshToken: string | undefined;
}

export interface SendOptions {
  body?: unknown;
  bearer?: string;
  refreshToken?: string;
  /** The client address, as X-Forwarded-For (believed from loopback only). */
  ip?: string;
}

export function send(
  baseUrl: string,
  method: string,
  path: string,
  options: SendOptions = {},
): Promise<HttpResult> {
  const url = new URL(path, baseUrl);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = {};
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(body));
  }
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  if (options.refreshToken) headers.cookie = `refresh_token=${options.refreshToken}`;
  if (options.ip) headers['x-forwarded-for'] = options.ip;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            // not JSON: kept as text
          }
          const refreshSetCookie = (res.headers['set-cookie'] ?? []).find((line) =>
            line.startsWith('refresh_token='),
          );
          resolve({
            status: res.statusCode ?? 0,
            body: parsed,
            headers: res.headers,
            refreshSetCookie,
            refreshToken: refreshSetCookie?.split(';')[0]?.slice('refresh_token='.length),
          });
        });
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error(`${method} ${url} timed out`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** The error code of a failed connection (ECONNREFUSED, ECONNRESET, ...), if that is what `error` is. */
export function connectionErrorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
