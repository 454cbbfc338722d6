import type { Logger } from '@hormohelp/server-kit';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { AuthConfig } from '../config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** For logs only: which template, never the address or the content (they carry tokens). */
  kind: string;
}

export interface MailQueue {
  /** Returns at once; delivery happens off the request path. */
  send(mail: OutgoingMail): void;
  /** Waits for every queued mail to be delivered or given up. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
}

const MAX_PENDING = 1000;

/**
 * In production a mail (a reset or verification link) never crosses the network in clear: without
 * implicit TLS (SMTP_SECURE) the connection must be upgraded with STARTTLS, or nothing is sent.
 */
function smtpTransportOptionsOf(config: AuthConfig): SMTPTransport.Options {
  return {
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE,
    requireTLS: config.NODE_ENV === 'production' && !config.SMTP_SECURE,
    auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASS ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  };
}

/**
 * SMTP through nodemailer, off the request path: a mail is retried with exponential backoff
 * (base, 2×base, 4×base, ...) and given up after `attempts`, with a log line but no crash.
 */
export function createMailQueue(
  config: AuthConfig,
  logger: Logger,
  retry: RetryPolicy = { attempts: 4, baseDelayMs: 1000 },
): MailQueue {
  const transport = nodemailer.createTransport(smtpTransportOptionsOf(config));
  const pending = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  async function deliver(mail: OutgoingMail): Promise<void> {
    for (let attempt = 1; attempt <= retry.attempts; attempt += 1) {
      try {
        await transport.sendMail({
          from: config.SMTP_FROM,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        });
        logger.info({ mail: mail.kind, attempt }, 'mail sent');
        return;
      } catch (error) {
        const last = attempt === retry.attempts;
        // The error goes through the logger's serialiser: nodemailer's carries the envelope and
        // the server's reply, which name the recipient.
        logger.warn(
          { mail: mail.kind, attempt, err: error },
          last ? 'mail given up' : 'mail failed, retrying',
        );
        if (!last) await wait(retry.baseDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  return {
    send(mail) {
      if (pending.size >= MAX_PENDING) {
        logger.error({ mail: mail.kind }, 'mail queue full, mail dropped');
        return;
      }
      const job = deliver(mail).finally(() => pending.delete(job));
      pending.add(job);
    },
    async drain() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      transport.close();
    },
  };
}
