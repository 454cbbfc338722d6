/**
 * A PostgreSQL 16 of the test's own that it may stop and start again: persistent in a temp dir, so
 * stop() (a fast shutdown, as when the server goes away) keeps the data for the next start().
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedCluster, findFreePort, migrate, startEmbeddedPostgres } from '@hormohelp/db';

export interface StoppablePostgres {
  url: string;
  cluster: EmbeddedCluster;
  /** Stops the cluster for good and deletes its files. */
  destroy(): Promise<void>;
}

export async function startStoppablePostgres(): Promise<StoppablePostgres> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hormohelp-reliability-pg-'));
  const cluster = await startEmbeddedPostgres({
    dataDir,
    port: await findFreePort(),
    persistent: true,
    settings: { fsync: 'off', full_page_writes: 'off', max_connections: 100 },
  });
  await cluster.ensureDatabase('hormohelp');
  const url = cluster.urlFor('hormohelp');
  await migrate(url);
  return {
    url,
    cluster,
    async destroy() {
      await cluster.stop().catch(() => {});
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
