import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMailCatcher, type MailCatcher } from '../../mail-catcher/src/mail-catcher';
import { type AuthHarness, startAuthHarness } from './support/auth-harness';
import { PASSWORD, uniqueEmail } from './support/flows';

/** The service's log lines, as it writes them, parsed. */
function captureLog() {
  const lines: string[] = [];
  return {
    lines,
    destination: { write: (line: string) => void lines.push(line) },
    // biome-ignore lint/suspicious/noExplicitAny: log lines are read field by field
    async waitForLine(msg: string): Promise<any> {
      return vi.waitFor(
        () => {
          const line = lines.map((text) => JSON.parse(text)).find((entry) => entry.msg === msg);
          if (!line) throw new Error(`no "${msg}" log line yet`);
          return line;
        },
        { timeout: 10_000, interval: 20 },
      );
    },
  };
}

const signUp = (h: AuthHarness, email: string, name: string) =>
  h.request('POST', '/auth/signup', { body: { email, password: PASSWORD, name } });

describe('when the SMTP server refuses the recipient', () => {
  let refusing: MailCatcher;
  let h: AuthHarness;
  const log = captureLog();
  beforeAll(async () => {
    refusing = await createMailCatcher({ smtpPort: 0, httpPort: 0, rejectRecipients: true });
    h = await startAuthHarness({
      env: { SMTP_PORT: String(refusing.smtpPort), LOG_LEVEL: 'info' },
      options: { logDestination: log.destination, mailRetry: { attempts: 2, baseDelayMs: 10 } },
    });
  });
  afterAll(async () => {
    await h.stop();
    await refusing.stop();
  });

  it('the mail is given up and no log line carries the address, the name or the reply naming it', async () => {
    const email = uniqueEmail('refused.person');
    expect((await signUp(h, email, 'Refused Person')).status).toBe(201);

    const givenUp = await log.waitForLine('mail given up');
    const [local] = email.split('@');
    const text = log.lines.join('\n');
    expect(text).not.toContain(local);
    expect(text).not.toContain('Refused Person');
    expect(text).not.toContain('Recipient address rejected');

    expect(givenUp).toMatchObject({ mail: 'verify-email', attempt: 2, err: { code: 'EENVELOPE' } });
    expect(Object.keys(givenUp.err).sort()).toEqual(['code', 'message', 'stack']);
    expect(givenUp.err.message).toBe("Can't send mail - all recipients were rejected");
  });
});

describe('in production, with SMTP_SECURE false', () => {
  let h: AuthHarness;
  const log = captureLog();
  beforeAll(async () => {
    h = await startAuthHarness({
      env: { NODE_ENV: 'production', SMTP_SECURE: 'false', LOG_LEVEL: 'info' },
      options: { logDestination: log.destination, mailRetry: { attempts: 1, baseDelayMs: 10 } },
    });
  });
  afterAll(() => h.stop());

  it('a server that does not offer STARTTLS gets no mail: TLS is required', async () => {
    const email = uniqueEmail('cleartext');
    expect((await signUp(h, email, 'Asha Rao')).status).toBe(201);

    const givenUp = await log.waitForLine('mail given up');
    expect(givenUp).toMatchObject({ mail: 'verify-email', err: { code: 'ETLS' } });
    // The mail catcher offers no STARTTLS: in production nothing may reach it in clear.
    expect(h.mail.messages().filter((message) => message.to.includes(email))).toEqual([]);
  });
});
