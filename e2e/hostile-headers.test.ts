/**
 * Hostile headers: CR/LF smuggled into header lines (sent raw, as no HTTP client would), a forged
 * X-Forwarded-For from a peer that is not the trusted proxy, CORS preflights from another origin, and
 * every bearer route of the route map called without a token.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeclaredRoute as ApiRoute, declaredRoutes } from '../apps/api/test/support/declared-routes';
import { call, expectContractError } from './support/reliability-http';
import { countRows } from './support/reliability-rows';
import { FRONTEND_ORIGIN, type Stack, type StackUser, startStack } from './support/reliability-stack';

/** Every documented route, read from the API's own declarations. */
const API_ROUTES: ApiRoute[] = await declaredRoutes();

// The auth service trusts X-Forwarded-For only from 192.0.2.10, and these tests connect from loopback.
let stack: Stack;
let user: StackUser;
beforeAll(async () => {
  stack = await startStack({ authEnv: { TRUST_PROXY: '192.0.2.10' } });
  user = await stack.createUser();
}, 60_000);
afterAll(() => stack?.stop());

/** Writes `request` on a raw socket and returns everything the server sent before closing. */
function sendRaw(baseUrl: string, request: string): Promise<string> {
  const { port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
    });
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer within 5 s')));
  });
}

const headersOf = (raw: string) => raw.split('\r\n\r\n')[0]!;

describe('CR and LF in headers', () => {
  it.each([
    ['a bare CR inside a header value', 'X-Note: a\rSet-Cookie: injected=1\r\n'],
    ['a bare LF inside a header value', 'X-Note: a\nSet-Cookie: injected=1\r\n'],
    ['a NUL inside a header value', 'X-Note: a\u0000b\r\n'],
    ['a header name with a space', 'X Note: a\r\n'],
  ])('%s is refused with 400 and the connection closed, reaching no route', async (_situation, header) => {
    const before = await countRows(stack.db);
    const log = JSON.stringify({ symptoms: [], severity: 5, mood: 5, energy: 5, sleep: 5 });
    for (const baseUrl of [stack.apiUrl, stack.authUrl]) {
      const raw = await sendRaw(
        baseUrl,
        `POST /api/symptoms HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${user.token}\r\n${header}` +
          `Content-Type: application/json\r\nContent-Length: ${log.length}\r\n\r\n${log}`,
      );
      expect(raw).toMatch(/^HTTP\/1\.1 400 /);
      expect(headersOf(raw)).not.toMatch(/injected/i);
    }
    expect(await countRows(stack.db)).toEqual(before);
  });

  it('CR/LF percent-encoded in the path or a request id is never written into a response header', async () => {
    const raw = await sendRaw(
      stack.apiUrl,
      `GET /api/%0d%0aSet-Cookie:%20injected=1 HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: a%0d%0aSet-Cookie:injected=1\r\nConnection: close\r\n\r\n`,
    );
    expect(raw).toMatch(/^HTTP\/1\.1 401 /);
    expect(headersOf(raw)).not.toMatch(/injected/i);
    expect(headersOf(raw)).toMatch(/^X-Request-Id: [0-9a-f-]{36}$/im);
  });
});

describe('a forged X-Forwarded-For from an untrusted peer', () => {
  it('is ignored: ten logins each claiming another address share one budget, the eleventh is 429', async () => {
    const body = { email: 'nobody-at-all@example.com', password: 'Wrong-password-123' };
    for (let index = 1; index <= 10; index += 1) {
      const answer = await call(stack.authUrl, 'POST', '/auth/login', {
        body,
        headers: { 'x-forwarded-for': `203.0.113.${index}` },
      });
      expectContractError(answer, { status: 401, code: 'invalid_credentials' });
    }
    const limited = await call(stack.authUrl, 'POST', '/auth/login', {
      body,
      headers: { 'x-forwarded-for': '198.51.100.77' },
    });
    expectContractError(limited, { status: 429, code: 'rate_limited' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  }, 60_000);
});

describe('CORS', () => {
  it.each(['/api/symptoms', '/auth/login', '/users/me'])(
    'refuses a preflight for %s from another origin',
    async (path) => {
      const preflight = (origin: string) =>
        fetch(stack.apiUrl + path, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization,content-type',
          },
        });
      const evil = await preflight('https://evil.example');
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
      expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
      expect(evil.headers.get('access-control-allow-methods')).toBeNull();
      const own = await preflight(FRONTEND_ORIGIN);
      expect(own.headers.get('access-control-allow-origin')).toBe(FRONTEND_ORIGIN);
      expect(own.headers.get('access-control-allow-credentials')).toBe('true');
    },
  );
});

describe('every bearer route of the route map without a token', () => {
  const routes = API_ROUTES.filter((route) => route.auth === 'bearer').map((route) => ({
    method: route.method.toUpperCase(),
    path: route.path.replace('{id}', '6f1c1d5e-8a0b-4c3d-9e2f-1a2b3c4d5e6f'),
  }));

  it.each(routes)('$method $path is 401 unauthorized and stores nothing', async ({ method, path }) => {
    const before = await countRows(stack.db);
    const body = method === 'GET' || method === 'DELETE' ? undefined : {};
    expectContractError(await call(stack.apiUrl, method, path, { body }), {
      status: 401,
      code: 'unauthorized',
    });
    expectContractError(
      await call(stack.apiUrl, method, path, { body, headers: { authorization: 'Bearer ' } }),
      {
        status: 401,
        code: 'unauthorized',
      },
    );
    expect(await countRows(stack.db)).toEqual(before);
  });
});
