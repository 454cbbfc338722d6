import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHarness, startAuthHarness } from './support/auth-harness';
import { createVerifiedUser, PASSWORD, uniqueEmail } from './support/flows';

// Enumeration by timing: both paths must cost one Argon2 operation. Samples are interleaved, in a
// random order within each pair, so that load from anything else on the machine hits both sides
// alike, and medians ignore outliers.
const SAMPLES = 21;
// 2 × 22 Argon2 operations per test: well over vitest's default timeout on a busy two-core machine.

// Ten failed logins for one account within 15 minutes lock it, so the wrong-password samples take
// turns among three accounts (eight each); signup samples may all use the first.
const KNOWN_ACCOUNTS = 3;

let h: AuthHarness;
let knownEmails: string[];
beforeAll(async () => {
  h = await startAuthHarness();
  knownEmails = [];
  for (let i = 0; i < KNOWN_ACCOUNTS; i += 1) knownEmails.push((await createVerifiedUser(h)).email);
});
afterAll(() => h.stop());

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function timed(send: () => Promise<{ status: number }>, expectedStatus: number): Promise<number> {
  const started = performance.now();
  const response = await send();
  const elapsed = performance.now() - started;
  expect(response.status).toBe(expectedStatus);
  return elapsed;
}

async function compare(a: () => Promise<number>, b: () => Promise<number>) {
  await a();
  await b();
  const left: number[] = [];
  const right: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    if (Math.random() < 0.5) {
      left.push(await a());
      right.push(await b());
    } else {
      right.push(await b());
      left.push(await a());
    }
  }
  return { a: median(left), b: median(right), ratio: median(left) / median(right) };
}

describe('timing', () => {
  it('login for a known email with a wrong password costs the same as for an unknown email', async () => {
    const login = (email: string) => () =>
      timed(() => h.request('POST', '/auth/login', { body: { email, password: 'wrong-Password-123' } }), 401);
    let attempts = 0;
    const result = await compare(
      () => login(knownEmails[attempts++ % KNOWN_ACCOUNTS]!)(),
      () => login(uniqueEmail('ghost'))(),
    );
    console.log(
      `login known/unknown: ${result.a.toFixed(1)} ms / ${result.b.toFixed(1)} ms = ${result.ratio.toFixed(3)}`,
    );
    expect(result.a).toBeGreaterThan(50);
    expect(result.ratio).toBeGreaterThanOrEqual(0.8);
    expect(result.ratio).toBeLessThanOrEqual(1.25);
  }, 180_000);

  it('signup for an existing email costs the same as for a new one', async () => {
    const signup = (email: string) =>
      timed(
        () => h.request('POST', '/auth/signup', { body: { email, password: PASSWORD, name: 'Timing' } }),
        201,
      );
    const result = await compare(
      () => signup(knownEmails[0]!),
      () => signup(uniqueEmail('new')),
    );
    console.log(
      `signup existing/new: ${result.a.toFixed(1)} ms / ${result.b.toFixed(1)} ms = ${result.ratio.toFixed(3)}`,
    );
    expect(result.a).toBeGreaterThan(50);
    expect(result.ratio).toBeGreaterThanOrEqual(0.8);
    expect(result.ratio).toBeLessThanOrEqual(1.25);
  }, 180_000);
});
