import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../logger';
import { createServer } from './create-server';
import { listen, type RunningServer } from './listen';

interface LogLine {
  msg: string;
  requestId?: string;
  method?: string;
  path?: string;
  status?: number;
  ms?: number;
}

let running: RunningServer | undefined;
afterEach(() => running?.stop());

/** An app whose logger writes into an array, with one route that logs through req.log and one that does not. */
async function startApp() {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const app = createServer({ logger: pino(sink) as Logger, trustProxy: false });
  app.get('/quiet', { config: { access: 'public' } }, async () => ({ ok: true }));
  app.get('/talkative', { config: { access: 'public' } }, async (request) => {
    request.log.info('working on it');
    return { ok: true };
  });
  running = await listen(app, { port: 0, host: '127.0.0.1' });
  lines.length = 0; // Fastify's own "Server listening at" line
  return { lines, url: running.url };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the request log of the shared Fastify server', () => {
  it('writes exactly one line for a request whose code does not log, carrying the request id it answered with', async () => {
    const { lines, url } = await startApp();
    const response = await fetch(`${url}/quiet?token=secret`);
    await settle();
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toEqual([
      { ...lines[0], msg: 'request', requestId: id, method: 'GET', path: '/quiet', status: 200 },
    ]);
    expect(JSON.stringify(lines)).not.toContain('secret');
  });

  it("gives a route's own req.log lines the request's id, as the request line has", async () => {
    const { lines, url } = await startApp();
    const response = await fetch(`${url}/talkative`, { headers: { 'x-request-id': 'from-the-proxy-42' } });
    await settle();
    expect(response.headers.get('x-request-id')).toBe('from-the-proxy-42');
    expect(lines.map((line) => [line.msg, line.requestId])).toEqual([
      ['working on it', 'from-the-proxy-42'],
      ['request', 'from-the-proxy-42'],
    ]);
  });

  it('replaces an incoming request id that is not a short token with a new one', async () => {
    const { lines, url } = await startApp();
    const response = await fetch(`${url}/talkative`, { headers: { 'x-request-id': 'a b;c' } });
    await settle();
    const id = response.headers.get('x-request-id');
    expect(id).not.toBe('a b;c');
    expect(lines.every((line) => line.requestId === id)).toBe(true);
  });
});
