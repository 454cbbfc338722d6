/**
 * The whole platform for one test file, on free loopback ports: a fresh database, dev RSA keys, the
 * mail catcher as the SMTP server, the Razorpay sandbox, the auth service and the API (in-process,
 * through their own start functions), and the production build of the web app behind a static server
 * with SPA fallback. The browser reaches everything as http://localhost:<port>, so the web page and the
 * API are same-site and the SameSite=Strict refresh cookie is sent.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPool, findFreePort, type Pool } from '@hormohelp/db';
import { freshDatabase } from '@hormohelp/db/testing';
import { createRazorpaySandbox, type RazorpaySandbox } from '@hormohelp/razorpay-sandbox';
import { start as startApi } from '../../apps/api/src/app';
import { loadApiConfig } from '../../apps/api/src/config';
import { start as startAuth } from '../../apps/auth/src/app';
import { loadAuthConfig } from '../../apps/auth/src/config';
import { createMailCatcher, type MailCatcher } from '../../apps/mail-catcher/src/mail-catcher';
import { serveStatic } from '../../bench/lib/static-server';
import { ensureDevKeys } from '../../scripts/lib/dev-keys';
import { buildWebApp } from './web-build';

// Sandbox credentials: test keys of the local stand-in, no real money anywhere.
const RAZORPAY = {
  keyId: 'rzp_test_hormohelp_e2e',
  keySecret: 'e2e_sandbox_key_secret',
  webhookSecret: 'e2e_sandbox_webhook_secret',
};

export interface Platform {
  /** The web app's origin, e.g. http://localhost:41234 (also the services' FRONTEND_ORIGIN). */
  webUrl: string;
  /** The API as the browser reaches it (VITE_API_URL). */
  apiUrl: string;
  /** A pool of the test's own on the platform's database, to check what was stored. */
  db: Pool;
  mail: MailCatcher;
  sandbox: RazorpaySandbox;
  stop(): Promise<void>;
}

const onLocalhost = (url: string) => url.replace('//127.0.0.1:', '//localhost:');

export async function startPlatform(): Promise<Platform> {
  const cleanups: Array<() => Promise<unknown>> = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  };
  try {
    const database = await freshDatabase();
    const db = createPool(database.url, { max: 2 });
    cleanups.push(() => db.end());
    const keyDir = await mkdtemp(join(tmpdir(), 'hormohelp-e2e-keys-'));
    cleanups.push(() => rm(keyDir, { recursive: true, force: true }));
    const keys = await ensureDevKeys(keyDir);

    const mail = await createMailCatcher({ smtpPort: 0, httpPort: 0 });
    cleanups.push(() => mail.stop());

    // The static server answers from a directory the build fills later: its port must be known first,
    // because it is the FRONTEND_ORIGIN of the services and the origin of the links in their mail.
    const webDir = await mkdtemp(join(tmpdir(), 'hormohelp-e2e-web-'));
    cleanups.push(() => rm(webDir, { recursive: true, force: true }));
    const web = await serveStatic(webDir, await findFreePort());
    cleanups.push(() => web.stop());
    const webUrl = onLocalhost(web.url);

    const sandbox = await createRazorpaySandbox({ ...RAZORPAY, port: 0, webhookDelayMs: 500 });
    cleanups.push(() => sandbox.stop());

    const auth = await startAuth(
      loadAuthConfig({
        DATABASE_URL: database.url,
        JWT_PRIVATE_KEY_PATH: keys.privateKeyPath,
        JWT_PUBLIC_KEY_PATH: keys.publicKeyPath,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(mail.smtpPort),
        SMTP_FROM: 'HormoHelp <no-reply@hormohelp.test>',
        FRONTEND_ORIGIN: webUrl,
        PORT: '0',
        LOG_LEVEL: 'warn',
      }),
    );
    cleanups.push(() => auth.stop(1000));

    const api = await startApi(
      loadApiConfig({
        DATABASE_URL: database.url,
        AUTH_SERVICE_URL: auth.url,
        AUTH_PUBLIC_KEY_PATH: keys.publicKeyPath,
        FRONTEND_ORIGIN: webUrl,
        RAZORPAY_KEY_ID: RAZORPAY.keyId,
        RAZORPAY_KEY_SECRET: RAZORPAY.keySecret,
        RAZORPAY_WEBHOOK_SECRET: RAZORPAY.webhookSecret,
        RAZORPAY_API_URL: sandbox.url,
        PORT: '0',
        LOG_LEVEL: 'warn',
      }),
    );
    cleanups.push(() => api.stop());
    sandbox.webhooks.settings.url = `${api.url}/api/payments/razorpay/webhook`;

    const apiUrl = onLocalhost(api.url);
    await buildWebApp({
      outDir: webDir,
      apiUrl,
      checkoutUrl: `${onLocalhost(sandbox.url)}/v1/checkout.js`,
    });
    return { webUrl, apiUrl, db, mail, sandbox, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
