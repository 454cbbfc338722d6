/**
 * SIGTERM to the API process while clients write: requests already in flight (one of them with its
 * body still arriving) finish with their answer and their row, new connections are refused, and the
 * process exits 0 within 10 s.
 */
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextLogDate } from './support/log-dates';
import { type ApiProcess, startApiProcess } from './support/reliability-api-process';
import { call, sleep } from './support/reliability-http';

let service: ApiProcess;
let token: string;
beforeAll(async () => {
  service = await startApiProcess();
  token = (await service.createUsers(1))[0]!.token;
}, 60_000);
afterAll(() => service?.stop());

const logBody = (note: string) =>
  JSON.stringify({
    date: nextLogDate(),
    symptoms: ['Headache'],
    notes: note,
    severity: 6,
    mood: 4,
    energy: 4,
    sleep: 5,
  });

/**
 * POST /api/symptoms over a raw socket with `Expect: 100-continue`: `accepted` resolves once the
 * server has parsed the headers and asked for the body (the request is in flight); `finish` sends the
 * body; `closed` resolves with everything the server answered.
 */
function startSlowWrite(port: number, note: string) {
  const body = logBody(note);
  const socket = connect(port, '127.0.0.1');
  let response = '';
  let onContinue: () => void = () => {};
  const accepted = new Promise<void>((resolve) => {
    onContinue = resolve;
  });
  socket.on('data', (chunk) => {
    response += chunk.toString();
    if (response.startsWith('HTTP/1.1 100 Continue')) onContinue();
  });
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(response)));
  socket.on('error', () => {});
  socket.write(
    `POST /api/symptoms HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      'Expect: 100-continue\r\nConnection: close\r\n\r\n',
  );
  return { accepted, finish: () => socket.write(body), closed };
}

describe('SIGTERM to the API under load', () => {
  it('finishes in-flight requests, refuses new connections, and exits 0 within 10 s', async () => {
    const { api, db } = service;
    const port = Number(new URL(api.url).port);
    const outcomes: Array<{ note: string; startedAt: number; status?: number; error?: string }> = [];
    let running = true;
    let signalledAt = Number.POSITIVE_INFINITY;
    const clients = Array.from({ length: 20 }, async () => {
      while (running) {
        const outcome: (typeof outcomes)[number] = {
          note: `sigterm-${randomUUID()}`,
          startedAt: performance.now(),
        };
        outcomes.push(outcome);
        try {
          const answer = await call(api.url, 'POST', '/api/symptoms', { token, body: logBody(outcome.note) });
          outcome.status = answer.status;
        } catch (error) {
          outcome.error = String((error as Error).cause ?? error);
          await sleep(50);
        }
      }
    });
    await sleep(1500);
    const slow = startSlowWrite(port, `sigterm-slow-${randomUUID()}`);
    await slow.accepted;

    signalledAt = performance.now();
    api.child.kill('SIGTERM');
    await sleep(300);
    const refused = await new Promise<string>((resolve) => {
      const probe = connect(port, '127.0.0.1');
      probe.on('connect', () => {
        probe.destroy();
        resolve('connected');
      });
      probe.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
    slow.finish();
    const slowResponse = await slow.closed;
    const exit = await api.exited;
    const exitMs = performance.now() - signalledAt;
    running = false;
    await Promise.all(clients);

    expect(refused).toBe('ECONNREFUSED');
    expect(slowResponse).toMatch(/\r\n\r\nHTTP\/1\.1 201 /);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(exitMs).toBeLessThan(10_000);

    const { rows } = await db.query<{ notes: string }>(`SELECT notes FROM symptom_logs`);
    const stored = new Set(rows.map((row) => row.notes));
    expect(rows.length).toBe(stored.size);
    const answered = outcomes.filter((outcome) => outcome.status !== undefined);
    for (const outcome of answered) {
      expect(outcome.status).toBe(201);
      expect(stored.has(outcome.note), outcome.note).toBe(true);
    }
    // What failed never reached the server (connection refused), so nothing of it is stored.
    const failed = outcomes.filter((outcome) => outcome.error !== undefined);
    for (const outcome of failed) expect(stored.has(outcome.note), outcome.error).toBe(false);
    expect(rows.length).toBe(answered.length + 1);
    // Keep-alive connections are not a back door: a request sent well after the signal is not served.
    const servedLate = answered.filter((outcome) => outcome.startedAt > signalledAt + 1000);
    expect(servedLate.length).toBe(0);
    console.info(
      `[reliability] SIGTERM under load: ${answered.length} writes answered 201 and stored, the slow in-flight ` +
        `write finished 201, new connections ${refused}, ${failed.length} later requests refused, exit 0 after ${Math.round(exitMs)} ms`,
    );
  }, 60_000);
});
