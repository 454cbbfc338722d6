/**
 * Two auth and two API instances of the production bundles on loopback, one database, one SMTP
 * server, Razorpay's local stand-in, and the balancer in front of the auth instances (the API
 * instances' AUTH_SERVICE_URL), as the scale-out test needs them.
 */
import { setTimeout } from 'node:timers/promises';
import { findFreePort } from '@hormohelp/db';
import { freshDatabase } from '@hormohelp/db/testing';
import { expect } from 'vitest';
import { createRazorpaySandbox, type RazorpaySandbox } from '../../apps/razorpay-sandbox/src/index';
import { type Rotation, startBalancer } from './prod-balancer';
import { buildServiceBundles } from './prod-build';
import { apiEnvironment, authEnvironment, createKeys, RAZORPAY_TEST } from './prod-environment';
import { send } from './prod-http';
import { startMailRelay } from './prod-mail';
import { type BundleProcess, startService } from './prod-process';

export const PASSWORD = 'lilac-Orbit-7-kettle';

export interface Instance {
  entry: string;
  env: Record<string, string>;
  process: BundleProcess & { url: string };
}

async function launch(entry: string, env: Record<string, string>): Promise<Instance> {
  return { entry, env, process: await startService(entry, env) };
}

/**
 * How long a withdrawn instance goes on serving before its SIGTERM: the requests the balancer had
 * already sent it are on their way (Kubernetes' preStop pause, 5 s in the manifests, does this).
 */
const PRE_STOP_MS = 1000;

/**
 * A rolling restart of one instance, the way Kubernetes does it: withdraw it from `rotation`, pause,
 * SIGTERM and wait for the drained exit, run `whileDown`, start it again on the same port, and admit
 * it to the rotation once it answers its health check.
 */
export async function restart(
  instance: Instance,
  rotation: Rotation,
  whileDown: () => Promise<void>,
): Promise<number | null> {
  const { url } = instance.process;
  rotation.withdraw(url);
  await setTimeout(PRE_STOP_MS);
  const code = await instance.process.stop();
  await whileDown();
  instance.process = await startService(instance.entry, instance.env);
  rotation.admit(url);
  return code;
}

export async function startCluster() {
  const bundles = await buildServiceBundles();
  const keys = await createKeys(bundles.dir);
  const { mail, certPath: smtpCertPath } = await startMailRelay(bundles.dir);
  // The test delivers Razorpay's webhooks itself, to the instances it chooses.
  const sandbox: RazorpaySandbox = await createRazorpaySandbox({
    keyId: RAZORPAY_TEST.keyId,
    keySecret: RAZORPAY_TEST.keySecret,
    webhookSecret: RAZORPAY_TEST.webhookSecret,
    webhooksEnabled: false,
  });
  const databaseUrl = (await freshDatabase()).url;
  const auths = await Promise.all(
    [0, 1].map(async () => {
      const port = await findFreePort();
      return launch(
        bundles.auth,
        authEnvironment({ databaseUrl, keys, smtpPort: mail.smtpPort, smtpCertPath, port }),
      );
    }),
  );
  const balancer = await startBalancer(auths.map((auth) => auth.process.url));
  const apis = await Promise.all(
    [0, 1].map(async () => {
      const port = await findFreePort();
      const env = apiEnvironment({ databaseUrl, keys, authUrl: balancer.url, port });
      return launch(bundles.api, { ...env, RAZORPAY_API_URL: sandbox.url });
    }),
  );

  return {
    auths,
    apis,
    balancer,
    mail,
    sandbox,
    databaseUrl,
    /**
     * A verified, onboarded account: signed up on the first auth instance, verified on the second,
     * and consenting to storing health data (through the first API) as onboarding asks.
     */
    async createVerifiedUser(ip: string) {
      const email = `scale-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
      const [first, second] = auths.map((auth) => auth.process.url);
      const body = { email, password: PASSWORD, name: 'Meera' };
      expect((await send(first!, 'POST', '/auth/signup', { body, ip })).status).toBe(201);
      const isVerification = (link: string) => link.includes('/verify-email');
      const message = await mail.waitFor((m) => m.to.includes(email) && m.links.some(isVerification));
      const token = new URL(message.links.find(isVerification)!).searchParams.get('token');
      const session = await send(second!, 'POST', '/auth/verify-email', { body: { token }, ip });
      expect(session.status).toBe(200);
      const consent = { healthDataConsent: true };
      const onboarded = await send(apis[0]!.process.url, 'PATCH', '/users/me', {
        bearer: session.body.accessToken,
        body: consent,
      });
      expect(onboarded.status, JSON.stringify(onboarded.body)).toBe(200);
      return { email, accessToken: session.body.accessToken as string, refreshToken: session.refreshToken! };
    },
    async stop() {
      await Promise.all([...apis, ...auths].map((instance) => instance.process.stop()));
      await balancer.stop();
      await sandbox.stop();
      await mail.stop();
    },
  };
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>;
