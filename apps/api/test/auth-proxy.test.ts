import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from './support/api-harness';

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A stand-in auth service: records what reached it and answers like the real one would. */
async function startFakeAuth() {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        body: Buffer.concat(chunks),
      });
      res.setHeader('Set-Cookie', [
        'refresh_token=rotated-value; HttpOnly; SameSite=Strict; Path=/auth; Max-Age=604800',
        'second=2; Path=/auth',
      ]);
      res.writeHead(req.url?.startsWith('/auth/login') ? 401 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'invalid_credentials', message: 'upstream said so' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let fakeAuth: Awaited<ReturnType<typeof startFakeAuth>>;
let api: ApiHarness;
let apiBehindOtherProxy: ApiHarness;
beforeAll(async () => {
  fakeAuth = await startFakeAuth();
  api = await startApiHarness({ AUTH_SERVICE_URL: fakeAuth.url });
  // Here only 10.0.0.1 may set X-Forwarded-For: the test client on loopback is not trusted.
  apiBehindOtherProxy = await startApiHarness({ AUTH_SERVICE_URL: fakeAuth.url, TRUST_PROXY: '10.0.0.1' });
});
afterAll(async () => {
  await api?.stop();
  await apiBehindOtherProxy?.stop();
  await fakeAuth?.stop();
});

const last = () => fakeAuth.received.at(-1)!;

describe('the /auth/* proxy', () => {
  it('forwards method, path, query, the exact body bytes and cookies, and returns status, body and every Set-Cookie', async () => {
    const raw = '{"email":  "Someone@Example.com",\n "password": "p\\u00e4ss wörd"}';
    const response = await fetch(`${api.url}/auth/login?next=%2Fdashboard`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'refresh_token=abc.def; theme=dark' },
      body: raw,
    });
    expect(last().method).toBe('POST');
    expect(last().url).toBe('/auth/login?next=%2Fdashboard');
    expect(last().body.equals(Buffer.from(raw, 'utf8'))).toBe(true);
    expect(last().headers['content-type']).toBe('application/json');
    expect(last().headers.cookie).toBe('refresh_token=abc.def; theme=dark');
    expect(last().headers['x-request-id']).toBe(response.headers.get('x-request-id'));

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: 'invalid_credentials', message: 'upstream said so' },
    });
    expect(response.headers.getSetCookie()).toEqual([
      'refresh_token=rotated-value; HttpOnly; SameSite=Strict; Path=/auth; Max-Age=604800',
      'second=2; Path=/auth',
    ]);
  });

  it('streams a body larger than the API’s own 16 KB JSON limit through untouched', async () => {
    const raw = JSON.stringify({ token: 'x'.repeat(20_000) });
    const response = await fetch(`${api.url}/auth/verify-email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: raw,
    });
    expect(response.status).toBe(200);
    expect(last().body.toString('utf8')).toBe(raw);
  });

  it('forwards a body that is not JSON without parsing it', async () => {
    await fetch(`${api.url}/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'not json {',
    });
    expect(last()).toMatchObject({ method: 'POST', url: '/auth/logout' });
    expect(last().body.toString()).toBe('not json {');
  });

  it('sets X-Forwarded-For to the client address it resolved', async () => {
    await fetch(`${api.url}/auth/me`);
    expect(last().headers['x-forwarded-for']).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('takes a client-sent X-Forwarded-For from a trusted proxy (loopback by default)', async () => {
    await fetch(`${api.url}/auth/me`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(last().headers['x-forwarded-for']).toBe('203.0.113.9');
  });

  it('ignores a client-sent X-Forwarded-For from an untrusted peer, so nobody picks their own rate-limit key', async () => {
    await fetch(`${apiBehindOtherProxy.url}/auth/login`, {
      method: 'POST',
      headers: { 'x-forwarded-for': '198.51.100.7', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(last().headers['x-forwarded-for']).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('does not proxy paths that merely start with "auth"', async () => {
    const before = fakeAuth.received.length;
    const response = await fetch(`${api.url}/authority`);
    expect(response.status).toBe(404);
    expect(fakeAuth.received.length).toBe(before);
  });
});

describe('when the auth service is down', () => {
  it('answers /auth/* with 502 upstream_unavailable within 2 s while /api routes keep working', async () => {
    const down = await startApiHarness({ AUTH_SERVICE_URL: 'http://127.0.0.1:9' });
    try {
      const user = await down.createUser();
      const started = Date.now();
      const [auth, symptoms, created] = await Promise.all([
        down.request('POST', '/auth/refresh', { headers: { cookie: 'refresh_token=abc' } }),
        down.request('GET', '/api/symptoms', { user }),
        down.request('POST', '/api/symptoms', {
          user,
          body: { symptoms: [], severity: 5, mood: 5, energy: 5, sleep: 5 },
        }),
      ]);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(auth).toMatchObject({ status: 502, body: { error: { code: 'upstream_unavailable' } } });
      expect(symptoms.status).toBe(200);
      expect(created.status).toBe(201);
    } finally {
      await down.stop();
    }
  });
});
