/**
 * The load balancing of the scale-out test, on loopback. In production a Kubernetes Service (or the
 * ingress controller) spreads requests over ready pods and stops sending new ones to a pod that is
 * shutting down; here that is:
 *   - `startBalancer`, a reverse proxy in front of the auth instances (what the API's AUTH_SERVICE_URL
 *     points at, like the `auth` Service), and
 *   - `createRoundRobinClient`, the browser's side in front of the API instances.
 * Both take the instances in turn. An instance that is about to stop is first withdrawn from the
 * rotation, as a terminating pod leaves the Service's endpoints while its preStop pause runs, so no
 * new request is sent to it once it closes its listener; it is admitted again once it is back. When
 * an instance refuses the connection all the same (it is down without having been withdrawn), the
 * same request goes to the next. An idempotent request (GET, HEAD) whose connection is reset before
 * any answer is also sent on, as nginx's proxy_next_upstream does, since repeating a read is
 * harmless. Nothing else is retried: a write an instance accepted must be answered by it, or the
 * test fails.
 */
import { createServer, type IncomingHttpHeaders, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectionErrorCode, type HttpResult, type SendOptions, send } from './prod-http';

export interface Rotation {
  /** Requests answered by each instance, by URL. */
  served: Map<string, number>;
  /** Takes an instance out of the rotation: no request is sent to it from now on. */
  withdraw(url: string): void;
  /** Puts a withdrawn instance back in the rotation. */
  admit(url: string): void;
}

interface Turns extends Rotation {
  next: number;
  withdrawn: Set<string>;
}

function createRotation(): Turns {
  const withdrawn = new Set<string>();
  return {
    served: new Map(),
    next: 0,
    withdrawn,
    withdraw: (url) => withdrawn.add(url),
    admit: (url) => withdrawn.delete(url),
  };
}

const IDEMPOTENT = new Set(['GET', 'HEAD']);

function isSentOn(error: unknown, method: string): boolean {
  const code = connectionErrorCode(error);
  return code === 'ECONNREFUSED' || (code === 'ECONNRESET' && IDEMPOTENT.has(method.toUpperCase()));
}

async function inTurn<T>(
  urls: string[],
  rotation: Turns,
  method: string,
  attempt: (url: string) => Promise<T>,
) {
  const start = rotation.next++;
  for (let offset = 0; offset < urls.length; offset += 1) {
    const url = urls[(start + offset) % urls.length]!;
    if (rotation.withdrawn.has(url)) continue;
    try {
      const result = await attempt(url);
      rotation.served.set(url, (rotation.served.get(url) ?? 0) + 1);
      return result;
    } catch (error) {
      if (!isSentOn(error, method)) throw error;
    }
  }
  throw new Error(`no instance in the rotation took the request: ${urls.join(', ')}`);
}

export function createRoundRobinClient(urls: string[]) {
  const rotation = createRotation();
  return {
    rotation: rotation as Rotation,
    send: (method: string, path: string, options?: SendOptions): Promise<HttpResult> =>
      inTurn(urls, rotation, method, (url) => send(url, method, path, options)),
  };
}

interface Forwarded {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function forward(url: string, method: string, path: string, headers: IncomingHttpHeaders, body: Buffer) {
  const target = new URL(url);
  return new Promise<Forwarded>((resolve, reject) => {
    const req = request(
      { hostname: target.hostname, port: target.port, method, path, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function startBalancer(urls: string[]) {
  const rotation = createRotation();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers = { ...req.headers, connection: 'close' };
      inTurn(urls, rotation, req.method ?? 'GET', (url) =>
        forward(url, req.method ?? 'GET', req.url ?? '/', headers, Buffer.concat(chunks)),
      ).then(
        (answer) => {
          const { connection: _connection, 'keep-alive': _keepAlive, ...rest } = answer.headers;
          res.writeHead(answer.status, rest);
          res.end(answer.body);
        },
        (error: Error) => {
          res.writeHead(502, { 'content-type': 'text/plain' });
          res.end(`balancer: ${error.message}`);
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    rotation: rotation as Rotation,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
