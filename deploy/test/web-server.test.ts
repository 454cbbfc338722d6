/**
 * deploy/web/nginx.conf served by a real nginx (see support/nginx.ts): what the web image answers,
 * checked over HTTP rather than by reading the config. nginx must be installed (.ci/run installs
 * Debian's); without it these tests fail, they do not skip.
 */

import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/config-variables';
import { argDefault, parseDockerfile } from './support/dockerfile';
import { freePort, requireNginx, startWebServer, testConfig, type WebServer } from './support/nginx';

const INDEX = '<!doctype html><title>HormoHelp</title><script src="/assets/x.js"></script>';
const BUNDLE = 'console.log("x");\n';
const DIST = { 'index.html': INDEX, 'assets/x.js': BUNDLE };
const YEAR = 'public, max-age=31536000, immutable';

/** The header names of deploy/web/security-headers.conf, each sent with `always`. */
const SECURITY_HEADERS = [
  ...readFileSync(join(ROOT, 'deploy/web/security-headers.conf'), 'utf8').matchAll(/^add_header (\S+) /gm),
].map((match) => match[1]!.toLowerCase());

interface Forwarded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  bodyLength: number;
}

/** Stands in for the API behind the compose proxy: records each request, answers JSON. */
async function startApi(received: Forwarded[]): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    let bodyLength = 0;
    request.on('data', (chunk: Buffer) => {
      bodyLength += chunk.length;
    });
    request.on('end', () => {
      received.push({ method: request.method!, url: request.url!, headers: request.headers, bodyLength });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ from: 'api', url: request.url }));
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, port };
}

/** The web image's build stage, whose ARG names the checkout script the bundle loads. */
const webBuildStage = parseDockerfile(join(ROOT, 'apps/web/Dockerfile')).stages[0]!;

/** A Content-Security-Policy header as its directives, each with its sources in order. */
function parseCsp(header: string | null): Record<string, string[]> {
  const entries = (header ?? '').split(';').map((directive) => directive.trim().split(/\s+/));
  return Object.fromEntries(entries.map(([name, ...sources]) => [name, sources]));
}

function expectSecurityHeaders(response: Response): void {
  for (const name of SECURITY_HEADERS)
    expect(response.headers.get(name), `${name} on ${response.url}`).toBeTruthy();
}

describe("the web image's nginx, serving a build", () => {
  const received: Forwarded[] = [];
  let api: { server: Server; port: number };
  let web: WebServer;
  const get = (path: string, init?: RequestInit) => fetch(`${web.url}${path}`, init);

  beforeAll(async () => {
    requireNginx();
    api = await startApi(received);
    web = await startWebServer({ dist: DIST, apiPort: api.port });
  });

  afterAll(async () => {
    await web?.stop();
    if (api) await new Promise((resolve) => api.server.close(resolve));
  });

  it('answers the probe at /healthz', async () => {
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok\n');
    expectSecurityHeaders(response);
  });

  it('loads index.html for a client-side route, and has it revalidated', async () => {
    const response = await get('/dashboard');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX);
    expectSecurityHeaders(response);
  });

  it('caches a hashed bundle for a year', async () => {
    const response = await get('/assets/x.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe(YEAR);
    expect(await response.text()).toBe(BUNDLE);
    expectSecurityHeaders(response);
  });

  it('answers 404 for a missing bundle, without the year-long cache header', async () => {
    const response = await get('/assets/nope.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBeNull();
    expectSecurityHeaders(response);
  });

  it.each(['/api/symptoms?from=2024-01-01', '/auth/refresh', '/users/me', '/openapi.json'])(
    'proxies %s to the API (compose), with the connecting address as X-Forwarded-For',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ from: 'api', url: path });
      const forwarded = received.findLast((request) => request.url === path)!;
      expect(forwarded.headers['x-forwarded-for']).toBe('127.0.0.1');
      // `$host`: the name the browser asked for, without the port (no service reads Host).
      expect(forwarded.headers.host).toBe(new URL(web.url).hostname);
      expectSecurityHeaders(response);
    },
  );

  it("replaces a client's X-Forwarded-For instead of appending to it", async () => {
    await get('/api/whoami', { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(received.findLast((request) => request.url === '/api/whoami')!.headers['x-forwarded-for']).toBe(
      '127.0.0.1',
    );
  });

  it("passes a body above the API's 16 KB cap on to the API, so the API answers it (its JSON 413)", async () => {
    const body = 'x'.repeat(32 * 1024);
    const response = await get('/api/symptoms', { method: 'POST', body });
    expect(response.status).toBe(200);
    expect(received.findLast((request) => request.url === '/api/symptoms')!.bodyLength).toBe(body.length);
  });

  it("lets scripts load from its own origin and the image's checkout script's alone, and frames and calls reach Razorpay by name", async () => {
    const checkout = new URL(argDefault(webBuildStage, 'VITE_RAZORPAY_CHECKOUT_URL')!);
    for (const path of ['/shop', '/assets/x.js', '/api/products', '/healthz']) {
      const policy = parseCsp((await get(path)).headers.get('content-security-policy'));
      expect(policy['default-src'], path).toEqual(["'self'"]);
      expect(policy['script-src'], path).toEqual(["'self'", checkout.origin]);
      // Razorpay's checkout opens its window as a frame from its own hosts, and calls its API and logger.
      expect(policy['frame-src'], path).toEqual([
        'https://api.razorpay.com',
        'https://checkout.razorpay.com',
      ]);
      expect(policy['connect-src'], path).toEqual([
        "'self'",
        'https://api.razorpay.com',
        'https://lumberjack.razorpay.com',
      ]);
      expect(policy['object-src'], path).toEqual(["'none'"]);
    }
  });

  it('does not send /apiary (no API prefix) to the API', async () => {
    const response = await get('/apiary');
    expect(await response.text()).toBe(INDEX);
  });
});

describe("the web image's nginx without routes.d (Kubernetes: the Ingress routes the API)", () => {
  it('accepts the config', async () => {
    requireNginx();
    const { code, output } = await testConfig({ dist: DIST });
    expect(code, output).toBe(0);
    expect(output).toMatch(/test is successful/);
  });
});
