// npm start: the whole platform in one terminal, on safe local defaults for anything not configured.
import { existsSync } from 'node:fs';
import { type EmbeddedCluster, migrate, startEmbeddedPostgres } from '@hormohelp/db';
import { ensureDevKeys } from './lib/dev-keys';
import { localEnvironment } from './lib/local-environment';
import { DATA_DIR, KEYS_DIR, PG_DATA_DIR } from './lib/paths';
import { type ManagedProcess, type ProcessSpec, startProcess, stopAll, waitForHealth } from './lib/processes';

const env = { ...process.env };
const defaults: string[] = [];
let cluster: EmbeddedCluster | undefined;
const running: ManagedProcess[] = [];
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('\nstopping every service…');
    await stopAll(running);
    await cluster?.stop();
    console.log('stopped.');
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  const started = Date.now();
  if (!env.DATABASE_URL) {
    const port = Number(env.EMBEDDED_PG_PORT ?? 54320);
    cluster = await startEmbeddedPostgres({ dataDir: PG_DATA_DIR, port, persistent: true });
    await cluster.ensureDatabase('hormohelp');
    env.DATABASE_URL = cluster.urlFor('hormohelp');
    defaults.push(`embedded PostgreSQL 16 on 127.0.0.1:${port}, data kept in ${PG_DATA_DIR}`);
  }
  const { applied } = await migrate(env.DATABASE_URL);
  console.log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'database schema is up to date');

  if (!env.JWT_PRIVATE_KEY_PATH) {
    const keys = await ensureDevKeys(KEYS_DIR);
    env.JWT_PRIVATE_KEY_PATH = keys.privateKeyPath;
    env.JWT_PUBLIC_KEY_PATH ??= keys.publicKeyPath;
    env.AUTH_PUBLIC_KEY_PATH ??= keys.publicKeyPath;
    defaults.push(`dev RSA keys in ${KEYS_DIR}${keys.created ? ' (generated now)' : ''}`);
  }

  const specs: ProcessSpec[] = localEnvironment(env, defaults).filter((spec) => existsSync(spec.entry));
  for (const [index, spec] of specs.entries()) {
    const managed = startProcess(spec, index);
    running.push(managed);
    void managed.exited.then((code) => {
      if (!stopping) {
        console.error(`${spec.name} exited (code ${code}); stopping the platform`);
        void shutdown(1);
      }
    });
  }
  await Promise.all(running.map((managed) => waitForHealth(managed, 60_000)));

  console.log(`\nHormoHelp is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s):`);
  for (const { spec } of running) console.log(`  ${spec.name.padEnd(18)} ${new URL(spec.healthUrl).origin}`);
  if (defaults.length)
    console.log(
      `\nLocal defaults in use (set the variables in README.md to change them):\n  ${defaults.join('\n  ')}`,
    );
  console.log(`\nData directory: ${DATA_DIR}. Press Ctrl-C to stop everything.`);
} catch (error) {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
