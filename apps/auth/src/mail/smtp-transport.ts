import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { AuthConfig } from '../config';

/**
 * In production a mail (a reset or verification link) never crosses the network in clear: without
 * implicit TLS (SMTP_SECURE) the connection must be upgraded with STARTTLS, or nothing is sent.
 */
export function smtpTransportOptionsOf(config: AuthConfig): SMTPTransport.Options {
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

export function createSmtpTransport(config: AuthConfig) {
  return nodemailer.createTransport(smtpTransportOptionsOf(config));
}

export type SmtpTransport = ReturnType<typeof createSmtpTransport>;

/**
 * The Message-ID of the mail a job sends: the same at every attempt, so a receiving server or mail
 * client that sees two copies (SMTP accepted one, the process died before recording it) can tell
 * they are one message. The domain is the sender's.
 */
export function messageIdOf(jobId: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'hormohelp.invalid';
  return `<mail-${jobId}@${domain}>`;
}
