/**
 * The load balancing of the scale-out test, on loopback. In production a Kubernetes Service (or the
 * ingress controller) spreads requests over ready pods and stops sending new ones to a pod that is
 * shutting down; here that is:
 *   - `startBalancer`, a reverse proxy in front of the auth instances (what the API's AUTH_SERVICE_URL
 *     points at, like the `auth` Service), and
 *   - `createRoundRobinClient`, the browser's side in front of the API instances.
 * Both take the instances in turn and, when one refuses the connection (it has stopped listening
 * because it is draining or down), send the same request to the next. An idempotent request (GET,
 * HEAD) whose connection is reset before any answer is also sent on, as nginx's proxy_next_upstream
 * does: a connection accepted in the instant the instance stops listening is closed unanswered by
 * the kernel or by Node's close(), and repeating a read is harmless. Nothing else is retried: a
 * write an instance accepted must be answered by it, or the test fails.
 */
import { createServer, type IncomingHttpHeaders, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectionErrorCode, type HttpResult, type SendOptions, send } from './prod-http';

export interface Rotation {
  /** Requests answered by each instance, by URL. */
  served: Map<string, number>;
  /** Connections refused (or, for reads, reset unanswered) and sent on to the next instance. */
  refused: number;
}

const IDEMPOTENT = new Set(['GET', 'HEAD']);

function isSentOn(error: unknown, method: string): boolean {
  const code = connectionErrorCode(error);
  return code === 'ECONNREFUSED' || (code === 'ECONNRESET' && IDEMPOTENT.has(method.toUpperCase()));
}

async function inTurn<T>(
  urls: string[],
  rotation: Rotation & { next: number },
  method: string,
  attempt: (url: string) => Promise<T>,
) {
  const start = rotation.next++;
  for (let offset = 0; offset < urls.length; offset += 1) {
    const url = urls[(start + offset) % urls.length]!;
    try {
      const result = await attempt(url);
      rotation.served.set(url, (rotation.served.get(url) ?? 0) + 1);
      return result;
    } catch (error) {
      if (!isSentOn(error, method)) throw error;
      rotation.refused += 1;
    }
  }
  throw new Error(`every instance refused the connection: ${urls.join(', ')}`);
}

export function createRoundRobinClient(urls: string[]) {
  const rotation = { served: new Map<string, number>(), refused: 0, next: 0 };
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
  const rotation = { served: new Map<string, number>(), refused: 0, next: 0 };
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
