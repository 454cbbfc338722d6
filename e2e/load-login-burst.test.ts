/**
 * 100 logins at the same moment against the auth process, each from its own client address (sent as
 * X-Forwarded-For from loopback, the trusted proxy, so the per-IP login limit is not what answers).
 * Argon2id holds 64 MB per hash: the service bounds how many run at once, so its peak memory stays
 * bounded while every login is answered.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPool, findFreePort, type Pool } from '@hormohelp/db';
import { freshDatabase } from '@hormohelp/db/testing';
import argon2 from 'argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDevKeys } from '../scripts/lib/dev-keys';
import {
  killProcess,
  peakRssMb,
  type ServiceProcess,
  startServiceProcess,
} from './support/reliability-child';
import { call, percentile } from './support/reliability-http';

const LOGINS = 100;
const PASSWORD = 'Juniper-Comet-57-bridge';
let auth: ServiceProcess;
let db: Pool;
let keyDir: string;
let emails: string[];
beforeAll(async () => {
  const database = await freshDatabase();
  keyDir = await mkdtemp(join(tmpdir(), 'hormohelp-burst-keys-'));
  const keys = await ensureDevKeys(keyDir);
  auth = await startServiceProcess('auth', {
    DATABASE_URL: database.url,
    JWT_PRIVATE_KEY_PATH: keys.privateKeyPath,
    JWT_PUBLIC_KEY_PATH: keys.publicKeyPath,
    // Logins send no mail; nothing listens here.
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: '9',
    SMTP_FROM: 'HormoHelp <no-reply@hormohelp.test>',
    PORT: String(await findFreePort()),
  });
  db = createPool(database.url, { max: 2 });
  // The service's own parameters (m=64 MB, t=3, p=2), hashed once for all the accounts.
  const hash = await argon2.hash(PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 65_536,
    timeCost: 3,
    parallelism: 2,
  });
  emails = Array.from({ length: LOGINS }, () => `burst-${randomUUID()}@example.com`);
  await db.query(
    `INSERT INTO users (email, password_hash, name, email_verified)
     SELECT email, $2, 'Burst Person', true FROM unnest($1::text[]) AS email`,
    [emails, hash],
  );
}, 60_000);
afterAll(async () => {
  await killProcess(auth);
  await db?.end();
  if (keyDir) await rm(keyDir, { recursive: true, force: true });
});

describe('a burst of 100 logins at once', () => {
  it('answers every login with 200 while the auth process peak memory stays bounded', async () => {
    const pid = auth.child.pid!;
    const peakBeforeMb = await peakRssMb(pid);
    const started = performance.now();
    const answers = await Promise.all(
      emails.map((email, index) =>
        call(auth.url, 'POST', '/auth/login', {
          body: { email, password: PASSWORD },
          headers: { 'x-forwarded-for': `198.51.100.${index + 1}` },
          timeoutMs: 170_000,
        }),
      ),
    );
    const wallMs = performance.now() - started;
    const peakAfterMb = await peakRssMb(pid);

    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    for (const [index, answer] of answers.entries()) expect(answer.body.user.email).toBe(emails[index]);
    expect(peakAfterMb).toBeLessThan(600);
    const latencies = answers.map((answer) => answer.ms);
    console.info(
      `[load] ${LOGINS} logins at once: all 200 in ${Math.round(wallMs)} ms; p50 ${Math.round(percentile(latencies, 50))} ms, ` +
        `p99 ${Math.round(percentile(latencies, 99))} ms; auth peak RSS (VmHWM) ${Math.round(peakBeforeMb)} MB before, ` +
        `${Math.round(peakAfterMb)} MB after`,
    );
  }, 200_000);
});
