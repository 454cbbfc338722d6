/**
 * The SMTP relay of the production tests: the mail catcher offering STARTTLS with a certificate
 * made for 127.0.0.1, which the services trust through NODE_EXTRA_CA_CERTS. In production the auth
 * service sends nothing over a connection that was not upgraded, so a relay without TLS gets no mail.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createMailCatcher, type MailCatcher } from '../../apps/mail-catcher/src/mail-catcher';

/** A self-signed certificate for IP 127.0.0.1, valid for two days, and its key, written to `dir`. */
async function createLoopbackCertificate(dir: string): Promise<{ keyPath: string; certPath: string }> {
  const keyPath = join(dir, 'smtp-key.pem');
  const certPath = join(dir, 'smtp-cert.pem');
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
    '-keyout',
    keyPath,
    '-out',
    certPath,
  ]);
  return { keyPath, certPath };
}

export interface MailRelay {
  mail: MailCatcher;
  /** The certificate to trust: NODE_EXTRA_CA_CERTS of the auth service. */
  certPath: string;
}

export async function startMailRelay(dir: string): Promise<MailRelay> {
  const { keyPath, certPath } = await createLoopbackCertificate(dir);
  const tls = { key: await readFile(keyPath, 'utf8'), cert: await readFile(certPath, 'utf8') };
  return { mail: await createMailCatcher({ smtpPort: 0, httpPort: 0, tls }), certPath };
}
