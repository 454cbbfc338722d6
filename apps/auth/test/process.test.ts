import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '@hormohelp/db';
import { freshDatabase } from '@hormohelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailCatcher, type MailCatcher } from '../../mail-catcher/src/mail-catcher';
import { generateKeys } from './support/auth-harness';
import { PASSWORD, uniqueEmail } from './support/flows';

// The service as it really runs: `node --import tsx src/main.ts`, configured only by its environment.
const APP_DIR = fileURLToPath(new URL('..', import.meta.url));

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: APP_DIR,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (chunk: Buffer) => {
    output.stdout += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output.stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output, exited };
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('auth service did not become healthy');
}

function rawLogin(port: number, email: string, password: string): Promise<number | undefined> {
  const body = JSON.stringify({ email, password });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        port,
        host: '127.0.0.1',
        method: 'POST',
        path: '/auth/login',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let mail: MailCatcher;
beforeAll(async () => {
  mail = await createMailCatcher({ smtpPort: 0, httpPort: 0 });
});
afterAll(() => mail.stop());

describe('the auth process', () => {
  it('stops at start with one line per missing variable', async () => {
    const { exited, output } = run({});
    expect(await exited).toBe(1);
    for (const name of [
      'DATABASE_URL',
      'JWT_PRIVATE_KEY_PATH',
      'JWT_PUBLIC_KEY_PATH',
      'SMTP_HOST',
      'SMTP_FROM',
    ]) {
      expect(output.stderr).toContain(`auth: missing required environment variable ${name}`);
    }
  });

  it('logs one JSON line per request with its id, never a password, token or cookie, and drains on SIGTERM', async () => {
    const port = await findFreePort();
    const keys = await generateKeys();
    const { child, output, exited } = run({
      DATABASE_URL: (await freshDatabase()).url,
      JWT_PRIVATE_KEY_PATH: keys.privateKeyPath,
      JWT_PUBLIC_KEY_PATH: keys.publicKeyPath,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mail.smtpPort),
      SMTP_FROM: 'no-reply@hormohelp.test',
      PORT: String(port),
      LOG_LEVEL: 'info',
    });
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitForHealth(url, child);
      const post = (path: string, body?: unknown, headers: Record<string, string> = {}) =>
        fetch(url + path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
        });

      const email = uniqueEmail();
      expect((await post('/auth/signup', { email, password: PASSWORD, name: 'Log Test' })).status).toBe(201);
      const link = (await mail.waitFor((m) => m.to.includes(email))).links[0]!;
      const verifyToken = new URL(link).searchParams.get('token')!;
      const verified = await post('/auth/verify-email', { token: verifyToken });
      const { accessToken } = (await verified.json()) as { accessToken: string };
      const refreshToken = /refresh_token=([0-9a-f]+)/.exec(verified.headers.get('set-cookie') ?? '')![1]!;
      const me = await fetch(`${url}/auth/me`, { headers: { authorization: `Bearer ${accessToken}` } });
      expect(me.status).toBe(200);
      expect(
        (await post('/auth/refresh', undefined, { cookie: `refresh_token=${refreshToken}` })).status,
      ).toBe(200);

      // Four logins are in flight (two Argon2 verifications at a time) when SIGTERM arrives: every
      // one is still answered. Each has its own connection, so none rides an idle keep-alive socket.
      const inFlight = Array.from({ length: 4 }, () => rawLogin(port, email, 'wrong-Password-9'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      child.kill('SIGTERM');
      const settled = await Promise.allSettled(inFlight);
      expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : s.reason))).toEqual([
        401, 401, 401, 401,
      ]);
      expect(await exited).toBe(0);

      const lines = output.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const requests = lines.filter((line) => line.msg === 'request');
      expect(requests.length).toBeGreaterThanOrEqual(6);
      for (const line of requests) expect(line.requestId).toEqual(expect.any(String));
      expect(lines.some((line) => line.msg === 'shutting down')).toBe(true);
      for (const secret of [PASSWORD, 'wrong-Password-9', verifyToken, accessToken, refreshToken]) {
        expect(output.stdout).not.toContain(secret);
      }
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
