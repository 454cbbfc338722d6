/**
 * The production environment of each service for tests on loopback: NODE_ENV=production, every
 * required variable set explicitly (nothing falls back to a development default), real key files.
 */
import { join } from 'node:path';
import { ensureDevKeys, type KeyPaths } from '../../scripts/lib/dev-keys';

export const RAZORPAY_TEST = {
  keyId: 'rzp_test_hormohelp_prod_smoke',
  keySecret: 'prod_smoke_key_secret',
  webhookSecret: 'prod_smoke_webhook_secret',
};

/** A fresh RSA-2048 pair in `dir`, written as `npm run keys` writes it. */
export function createKeys(dir: string): Promise<KeyPaths> {
  return ensureDevKeys(join(dir, 'keys'));
}

export function authEnvironment(options: {
  databaseUrl: string;
  keys: KeyPaths;
  smtpPort: number;
  /** The SMTP relay's certificate, trusted as Node trusts a private CA's. */
  smtpCertPath: string;
  port: number;
  frontendOrigin?: string;
}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    NODE_EXTRA_CA_CERTS: options.smtpCertPath,
    DATABASE_URL: options.databaseUrl,
    JWT_PRIVATE_KEY_PATH: options.keys.privateKeyPath,
    JWT_PUBLIC_KEY_PATH: options.keys.publicKeyPath,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(options.smtpPort),
    SMTP_SECURE: 'false',
    SMTP_FROM: 'HormoHelp <no-reply@hormohelp.test>',
    FRONTEND_ORIGIN: options.frontendOrigin ?? 'https://app.hormohelp.test',
    PORT: String(options.port),
    HOST: '127.0.0.1',
    TRUST_PROXY: 'loopback',
    RATE_LIMIT_STORE: 'postgres',
    LOG_LEVEL: 'warn',
  };
}

export function apiEnvironment(options: {
  databaseUrl: string;
  keys: KeyPaths;
  authUrl: string;
  port: number;
  frontendOrigin?: string;
}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    AUTH_SERVICE_URL: options.authUrl,
    AUTH_PUBLIC_KEY_PATH: options.keys.publicKeyPath,
    FRONTEND_ORIGIN: options.frontendOrigin ?? 'https://app.hormohelp.test',
    RAZORPAY_KEY_ID: RAZORPAY_TEST.keyId,
    RAZORPAY_KEY_SECRET: RAZORPAY_TEST.keySecret,
    RAZORPAY_WEBHOOK_SECRET: RAZORPAY_TEST.webhookSecret,
    // Nothing listens here: these tests never reach Razorpay.
    RAZORPAY_API_URL: 'http://127.0.0.1:9',
    PORT: String(options.port),
    HOST: '127.0.0.1',
    TRUST_PROXY: 'loopback',
    LOG_LEVEL: 'warn',
  };
}
