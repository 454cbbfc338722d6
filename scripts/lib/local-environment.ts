import { join } from 'node:path';
import { ROOT } from './paths';
import type { ProcessSpec } from './processes';

// Local stand-ins for what lies outside this machine. Their credentials are for the sandbox only.
const LOCAL = {
  smtpPort: 1025,
  mailCatcherPort: 8025,
  razorpaySandboxPort: 9090,
  razorpayKeyId: 'rzp_test_hormohelp_local',
  razorpayKeySecret: 'local_sandbox_key_secret',
  razorpayWebhookSecret: 'local_sandbox_webhook_secret',
  authPort: 8001,
  apiPort: 4000,
  webPort: 5173,
};

const tsx = (entry: string) => [process.execPath, ['--import', 'tsx', entry]] as const;

/**
 * The processes of the platform, with the environment each one gets. What the person configured is
 * kept; what they did not is filled with a local default and recorded in `defaults`.
 */
export function localEnvironment(env: NodeJS.ProcessEnv, defaults: string[]): ProcessSpec[] {
  const specs: ProcessSpec[] = [];
  const app = (name: string) => join(ROOT, 'apps', name);
  const frontendOrigin = env.FRONTEND_ORIGIN ?? `http://localhost:${LOCAL.webPort}`;
  const apiUrl = env.VITE_API_URL ?? `http://localhost:${LOCAL.apiPort}`;

  if (!env.SMTP_HOST) {
    const entry = join(app('mail-catcher'), 'src/main.ts');
    const [command, args] = tsx(entry);
    specs.push({
      name: 'mail-catcher',
      entry,
      command,
      args: [...args],
      cwd: app('mail-catcher'),
      env: { ...env, SMTP_PORT: String(LOCAL.smtpPort), PORT: String(LOCAL.mailCatcherPort) },
      healthUrl: `http://127.0.0.1:${LOCAL.mailCatcherPort}/health`,
    });
    Object.assign(env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(LOCAL.smtpPort), SMTP_SECURE: 'false' });
    env.SMTP_FROM ??= 'HormoHelp <no-reply@hormohelp.local>';
    defaults.push(
      `mail catcher: SMTP on 127.0.0.1:${LOCAL.smtpPort}, read the mail at http://localhost:${LOCAL.mailCatcherPort}`,
    );
  }

  if (!env.RAZORPAY_KEY_SECRET) {
    const entry = join(app('razorpay-sandbox'), 'src/main.ts');
    const [command, args] = tsx(entry);
    const sandboxUrl = `http://localhost:${LOCAL.razorpaySandboxPort}`;
    Object.assign(env, {
      RAZORPAY_KEY_ID: LOCAL.razorpayKeyId,
      RAZORPAY_KEY_SECRET: LOCAL.razorpayKeySecret,
      RAZORPAY_WEBHOOK_SECRET: env.RAZORPAY_WEBHOOK_SECRET ?? LOCAL.razorpayWebhookSecret,
      RAZORPAY_API_URL: env.RAZORPAY_API_URL ?? `http://127.0.0.1:${LOCAL.razorpaySandboxPort}`,
    });
    specs.push({
      name: 'razorpay-sandbox',
      entry,
      command,
      args: [...args],
      cwd: app('razorpay-sandbox'),
      env: {
        ...env,
        PORT: String(LOCAL.razorpaySandboxPort),
        WEBHOOK_URL: `http://127.0.0.1:${LOCAL.apiPort}/api/payments/razorpay/webhook`,
      },
      healthUrl: `http://127.0.0.1:${LOCAL.razorpaySandboxPort}/health`,
    });
    defaults.push(`Razorpay sandbox at ${sandboxUrl} (test keys only, no real money)`);
  }

  const authEntry = join(app('auth'), 'src/main.ts');
  specs.push({
    name: 'auth',
    entry: authEntry,
    command: process.execPath,
    args: ['--import', 'tsx', authEntry],
    cwd: app('auth'),
    env: { ...env, PORT: String(LOCAL.authPort), FRONTEND_ORIGIN: frontendOrigin },
    healthUrl: `http://127.0.0.1:${LOCAL.authPort}/health`,
  });

  // The API never receives the private key's path: only the auth service may load it.
  const { JWT_PRIVATE_KEY_PATH: _private, ...apiEnv } = env;
  const apiEntry = join(app('api'), 'src/main.ts');
  specs.push({
    name: 'api',
    entry: apiEntry,
    command: process.execPath,
    args: ['--import', 'tsx', apiEntry],
    cwd: app('api'),
    env: {
      ...apiEnv,
      PORT: String(LOCAL.apiPort),
      FRONTEND_ORIGIN: frontendOrigin,
      AUTH_SERVICE_URL: env.AUTH_SERVICE_URL ?? `http://127.0.0.1:${LOCAL.authPort}`,
    },
    healthUrl: `http://127.0.0.1:${LOCAL.apiPort}/health`,
  });

  const viteEntry = join(ROOT, 'node_modules/vite/bin/vite.js');
  specs.push({
    name: 'web',
    entry: join(app('web'), 'index.html'),
    command: process.execPath,
    args: [viteEntry, '--port', String(LOCAL.webPort), '--strictPort', '--host', 'localhost'],
    cwd: app('web'),
    env: { ...apiEnv, VITE_API_URL: apiUrl },
    healthUrl: `http://localhost:${LOCAL.webPort}/`,
  });
  return specs;
}
