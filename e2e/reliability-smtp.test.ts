/**
 * SMTP refusing connections, or accepting them and never speaking: signup and resend-verification
 * still answer at once, nothing hangs, and once SMTP is back resend-verification delivers a link that
 * verifies the account. Mail is tried once here (mailRetry.attempts = 1), so what arrives is the resend.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { findFreePort } from '@hormohelp/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AuthHarness, startAuthHarness } from '../apps/auth/test/support/auth-harness';
import { createMailCatcher } from '../apps/mail-catcher/src/mail-catcher';

const PASSWORD = 'Saffron-Kite-93-river';
let base: AuthHarness;
beforeAll(async () => {
  base = await startAuthHarness();
});
afterAll(() => base?.stop());

/** A TCP server that accepts SMTP connections and never sends the greeting. */
async function startSilentServer(port: number) {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    connections: () => sockets.size,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// Waiting for SMTP would take at least nodemailer's 10 s connection or greeting timeout; a signup
// costs one Argon2id hash, which a busy 2-core machine can stretch past a second.
const AT_ONCE_MS = 4000;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** Starts the mail catcher on `smtpPort`, asks for a resend, and verifies with the link it brings. */
async function resendAndVerify(h: AuthHarness, smtpPort: number, email: string) {
  const catcher = await createMailCatcher({ smtpPort, httpPort: 0 });
  try {
    const resend = await h.request('POST', '/auth/resend-verification', { body: { email } });
    expect(resend.status).toBe(202);
    const message = await catcher.waitFor((mail) => mail.to.includes(email), 10_000);
    const link = message.links.find((url) => url.includes('/verify-email'))!;
    const verified = await h.request('POST', '/auth/verify-email', {
      body: { token: new URL(link).searchParams.get('token') },
    });
    expect(verified.status).toBe(200);
    expect(verified.body.user.emailVerified).toBe(true);
    // Only the resend arrived: the first mail was given up while SMTP was away.
    expect(catcher.messages().filter((mail) => mail.to.includes(email))).toHaveLength(1);
  } finally {
    await catcher.stop();
  }
}

describe('SMTP refusing or hanging', () => {
  it('refusing: signup answers at once, and resend-verification delivers once SMTP is back', async () => {
    const smtpPort = await findFreePort();
    const h = await startAuthHarness({
      env: { SMTP_PORT: String(smtpPort) },
      options: { mailRetry: { attempts: 1, baseDelayMs: 10 } },
      shareWith: base,
    });
    try {
      const email = `refused-${Date.now()}@example.com`;
      const [signup, ms] = await timed(() =>
        h.request('POST', '/auth/signup', { body: { email, password: PASSWORD, name: 'Ira' } }),
      );
      expect(signup.status).toBe(201);
      expect(ms).toBeLessThan(AT_ONCE_MS);
      await h.service.deps.mail.drain();
      await resendAndVerify(h, smtpPort, email);
      console.info(`[reliability] SMTP refusing: signup answered 201 in ${Math.round(ms)} ms`);
    } finally {
      await h.stop();
    }
  }, 30_000);

  it('hanging: signup and resend answer at once, /health stays up, stop() is bounded, and a resend delivers once SMTP is back', async () => {
    const smtpPort = await findFreePort();
    const silent = await startSilentServer(smtpPort);
    const h = await startAuthHarness({
      env: { SMTP_PORT: String(smtpPort) },
      options: { mailRetry: { attempts: 1, baseDelayMs: 10 } },
      shareWith: base,
    });
    let stopped = false;
    try {
      const email = `hung-${Date.now()}@example.com`;
      const [signup, signupMs] = await timed(() =>
        h.request('POST', '/auth/signup', { body: { email, password: PASSWORD, name: 'Noor' } }),
      );
      expect(signup.status).toBe(201);
      const [resend, resendMs] = await timed(() =>
        h.request('POST', '/auth/resend-verification', { body: { email } }),
      );
      expect(resend.status).toBe(202);
      const [health, healthMs] = await timed(() => h.request('GET', '/health'));
      expect(health.status).toBe(200);
      for (const ms of [signupMs, resendMs, healthMs]) expect(ms).toBeLessThan(AT_ONCE_MS);
      // The mail really is stuck in a silent SMTP session, not failed fast: its worker, woken by the
      // signup's commit, has connected (or does within moments; nothing has answered it).
      await vi.waitFor(() => expect(silent.connections()).toBeGreaterThan(0), {
        timeout: 2000,
        interval: 20,
      });

      await silent.stop();
      await h.service.deps.mail.drain();
      await resendAndVerify(h, smtpPort, email);

      const second = await startSilentServer(smtpPort);
      const stuck = `stuck-${Date.now()}@example.com`;
      await h.request('POST', '/auth/signup', { body: { email: stuck, password: PASSWORD, name: 'Zara' } });
      const [, stopMs] = await timed(() => h.stop());
      stopped = true;
      await second.stop();
      expect(stopMs).toBeLessThan(7000);
      console.info(
        `[reliability] SMTP hanging: signup ${Math.round(signupMs)} ms, resend ${Math.round(resendMs)} ms, ` +
          `/health ${Math.round(healthMs)} ms; shutdown with a mail stuck took ${Math.round(stopMs)} ms`,
      );
    } finally {
      if (!stopped) await h.stop();
      await silent.stop().catch(() => {});
    }
  }, 40_000);
});
