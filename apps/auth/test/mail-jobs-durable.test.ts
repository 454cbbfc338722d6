/**
 * Mail as durable jobs: written with the change that caused it, kept while no process can send it,
 * and delivered once to the SMTP server after a crash, with several instances running, or when a
 * job runs twice. A mail asked for by address alone (a password reset) is itself a job first, kept
 * the same way.
 */
import { randomUUID } from 'node:crypto';
import { createPool, findFreePort, type Pool, type PoolClient } from '@hormohelp/db';
import { freshDatabase } from '@hormohelp/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  killProcess,
  type ServiceProcess,
  startServiceProcess,
} from '../../../e2e/support/reliability-child';
import { createMailCatcher, type MailCatcher } from '../../mail-catcher/src/mail-catcher';
import { createMailDelivery } from '../src/mail/mail-delivery';
import { runMailRequestOnce } from '../src/mail/mail-requests';
import { createSmtpTransport } from '../src/mail/smtp-transport';
import { writeResetMail } from '../src/use-cases/request-password-reset';
import { type AuthHarness, generateKeys, type KeyMaterial, startAuthHarness } from './support/auth-harness';
import { PASSWORD, uniqueEmail } from './support/flows';

const silentLogger = { info() {}, warn() {}, error() {} } as never;
/** Longer than a retry (1–2 s), a polling interval (1 s) and a lost job's expiry would need to show. */
const DUPLICATE_WINDOW_MS = 6000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const messagesTo = (mail: MailCatcher, email: string) => mail.messages().filter((m) => m.to.includes(email));

async function mailJobStates(db: Pool, email: string): Promise<string[]> {
  const { rows } = await db.query<{ state: string }>(
    "SELECT state FROM pgboss.job WHERE data->>'to' = $1 UNION ALL SELECT state FROM pgboss.archive WHERE data->>'to' = $1",
    [email],
  );
  return rows.map((row) => row.state);
}

/** The environment of an auth process on `databaseUrl`, each call on a port of its own. */
function processEnv(databaseUrl: string, keys: KeyMaterial, smtpPort: number) {
  return async () => ({
    DATABASE_URL: databaseUrl,
    JWT_PRIVATE_KEY_PATH: keys.privateKeyPath,
    JWT_PUBLIC_KEY_PATH: keys.publicKeyPath,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    SMTP_FROM: 'HormoHelp <no-reply@hormohelp.test>',
    PORT: String(await findFreePort()),
  });
}

describe('a signup mail queued while SMTP is unreachable, and the process killed before sending it', () => {
  let db: Pool;
  let catcher: MailCatcher | undefined;
  const processes: ServiceProcess[] = [];
  afterAll(async () => {
    await Promise.all(processes.map((service) => killProcess(service)));
    await catcher?.stop();
    await db?.end();
  });

  it('is delivered exactly once after a restart of two instances', async () => {
    const databaseUrl = (await freshDatabase()).url;
    db = createPool(databaseUrl, { max: 2 });
    const keys = await generateKeys();
    const smtpPort = await findFreePort();
    const env = processEnv(databaseUrl, keys, smtpPort);
    const first = await startServiceProcess('auth', await env());
    processes.push(first);
    const email = uniqueEmail('durable');
    const signup = await fetch(`${first.url}/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD, name: 'Durable Person' }),
    });
    expect(signup.status).toBe(201);
    // The first attempt found nothing listening on the SMTP port: the job waits for its retry.
    await vi.waitFor(async () => expect(await mailJobStates(db, email)).toEqual(['retry']), {
      timeout: 15_000,
      interval: 100,
    });
    first.child.kill('SIGKILL');
    await first.exited;

    catcher = await createMailCatcher({ smtpPort, httpPort: 0 });
    processes.push(
      ...(await Promise.all([
        startServiceProcess('auth', await env()),
        startServiceProcess('auth', await env()),
      ])),
    );
    const message = await catcher.waitFor((m) => m.to.includes(email), 20_000);
    expect(message.subject).toBe('Verify your email for HormoHelp');
    expect(message.links.some((link) => link.includes('/verify-email?token='))).toBe(true);
    await pause(DUPLICATE_WINDOW_MS);
    expect(messagesTo(catcher, email)).toHaveLength(1);
    expect(await mailJobStates(db, email)).toEqual(['completed']);
  }, 90_000);
});

async function requestJobStates(db: Pool, email: string): Promise<string[]> {
  const { rows } = await db.query<{ state: string }>(
    `SELECT state FROM pgboss.job WHERE name = 'auth-mail-requests' AND data->>'email' = $1
     UNION ALL SELECT state FROM pgboss.archive WHERE name = 'auth-mail-requests' AND data->>'email' = $1`,
    [email],
  );
  return rows.map((row) => row.state);
}

describe('a password reset asked for, its work failed once, and the process killed before it ran again', () => {
  let db: Pool;
  let catcher: MailCatcher | undefined;
  const processes: ServiceProcess[] = [];
  afterAll(async () => {
    await Promise.all(processes.map((service) => killProcess(service)));
    await catcher?.stop();
    await db?.end();
  });

  it('is mailed exactly once, with one token, after a restart of two instances', async () => {
    const databaseUrl = (await freshDatabase()).url;
    db = createPool(databaseUrl, { max: 2 });
    const keys = await generateKeys();
    catcher = await createMailCatcher({ smtpPort: 0, httpPort: 0 });
    const env = processEnv(databaseUrl, keys, catcher.smtpPort);
    const first = await startServiceProcess('auth', await env());
    processes.push(first);
    const email = uniqueEmail('reset-durable');
    const post = (path: string, body: object) =>
      fetch(`${first.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post('/auth/signup', { email, password: PASSWORD, name: 'Durable Reset' })).status).toBe(
      201,
    );
    // The request's work fails at the token's insert: its job waits for a retry.
    await db.query(`
      CREATE FUNCTION refuse_reset_token() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'reset token refused'; END $$;
      CREATE TRIGGER refuse_reset_token BEFORE INSERT ON password_reset_tokens
        FOR EACH ROW EXECUTE FUNCTION refuse_reset_token();`);
    expect((await post('/auth/forgot-password', { email })).status).toBe(202);
    await vi.waitFor(async () => expect(await requestJobStates(db, email)).toEqual(['retry']), {
      timeout: 15_000,
      interval: 50,
    });
    first.child.kill('SIGKILL');
    await first.exited;
    await db.query(
      'DROP TRIGGER refuse_reset_token ON password_reset_tokens; DROP FUNCTION refuse_reset_token()',
    );

    processes.push(
      ...(await Promise.all([
        startServiceProcess('auth', await env()),
        startServiceProcess('auth', await env()),
      ])),
    );
    const message = await catcher.waitFor(
      (m) => m.to.includes(email) && m.subject === 'Reset your HormoHelp password',
      20_000,
    );
    expect(message.links.some((link) => link.includes('/reset-password?token='))).toBe(true);
    await pause(DUPLICATE_WINDOW_MS);
    expect(messagesTo(catcher, email).filter((m) => m.subject === message.subject)).toHaveLength(1);
    expect((await db.query('SELECT 1 FROM password_reset_tokens')).rows).toHaveLength(1);
    expect(await requestJobStates(db, email)).toEqual(['completed']);
  }, 90_000);
});

describe('mail jobs in the service', () => {
  let h: AuthHarness;
  beforeAll(async () => {
    h = await startAuthHarness();
  });
  afterAll(() => h.stop());

  it('a signup whose transaction rolls back leaves no account, no mail job and no mail', async () => {
    // Fails the signup's transaction at COMMIT, after the user and the mail job were both written.
    await h.db.query(`
      CREATE FUNCTION refuse_rollback_signup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.email LIKE 'rollback-%' THEN RAISE EXCEPTION 'signup refused at commit'; END IF;
        RETURN NULL;
      END $$;
      CREATE CONSTRAINT TRIGGER refuse_rollback_signup AFTER INSERT ON users
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_rollback_signup();`);
    try {
      const email = uniqueEmail('rollback');
      const signup = await h.request('POST', '/auth/signup', {
        body: { email, password: PASSWORD, name: 'Rolled Back' },
      });
      expect(signup.status).toBe(500);
      expect((await h.db.query('SELECT 1 FROM users WHERE email = $1', [email])).rows).toEqual([]);
      expect(await mailJobStates(h.db, email)).toEqual([]);

      const committed = uniqueEmail('committed');
      await h.request('POST', '/auth/signup', {
        body: { email: committed, password: PASSWORD, name: 'Kept' },
      });
      await h.mail.waitFor((m) => m.to.includes(committed));
      await h.service.deps.mail.drain();
      expect(messagesTo(h.mail, email)).toEqual([]);
    } finally {
      await h.db.query(
        'DROP TRIGGER refuse_rollback_signup ON users; DROP FUNCTION refuse_rollback_signup()',
      );
    }
  });

  it('a mail job run twice at once, or again after SMTP accepted it, sends one mail', async () => {
    const transport = createSmtpTransport(h.service.deps.config);
    const delivery = createMailDelivery({
      config: h.service.deps.config,
      logger: silentLogger,
      pool: h.service.deps.pool,
      transport,
    });
    try {
      const email = uniqueEmail('twice');
      const job = { kind: 'existing-account', to: email, name: 'Twice' } as const;
      const info = { id: randomUUID(), name: 'auth-mail', retryCount: 0, retryLimit: 3 };
      await Promise.all([delivery.deliver(job, info), delivery.deliver(job, { ...info, retryCount: 1 })]);
      await delivery.deliver(job, { ...info, retryCount: 2 });
      await pause(500);
      const messages = messagesTo(h.mail, email);
      expect(messages).toHaveLength(1);
      expect(messages[0]!.messageId).toBe(`<mail-${info.id}@hormohelp.test>`);
    } finally {
      transport.close();
    }
  });

  it('a mail request run twice at once, or again after it committed, writes one token and one mail', async () => {
    const email = uniqueEmail('request-twice');
    await h.request('POST', '/auth/signup', { body: { email, password: PASSWORD, name: 'Twice' } });
    await h.mail.waitFor((m) => m.to.includes(email));
    const { deps } = h.service;
    const work = (_request: unknown, client: PoolClient) => writeResetMail(deps, client, email);
    const request = { kind: 'reset-password', email } as const;
    const jobId = randomUUID();
    await Promise.all([
      runMailRequestOnce(deps.pool, jobId, request, work),
      runMailRequestOnce(deps.pool, jobId, request, work),
    ]);
    await runMailRequestOnce(deps.pool, jobId, request, work);
    deps.mail.wake();
    await deps.mail.drain();
    await pause(500);
    const tokens = await h.db.query(
      'SELECT 1 FROM password_reset_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1',
      [email],
    );
    expect(tokens.rows).toHaveLength(1);
    expect(
      messagesTo(h.mail, email).filter((m) => m.subject === 'Reset your HormoHelp password'),
    ).toHaveLength(1);
  });

  it('after start, the hourly housekeeping is in the schedule table', async () => {
    const { rows } = await h.db.query('SELECT name, cron, timezone FROM pgboss.schedule');
    expect(rows).toContainEqual({ name: 'auth-housekeeping', cron: '0 * * * *', timezone: 'UTC' });
  });
});
