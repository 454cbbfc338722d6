import PgBoss from 'pg-boss';

/** pg-boss's tables live in their own schema, apart from the application's. */
const SCHEMA = 'pgboss';

/** Anything that runs SQL: the pool, or the client of an open transaction. */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface JobLogger {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

/** How one queue retries and when a job that was taken but never finished counts as lost. */
export interface QueuePolicy {
  /** Attempts after the first. */
  retryLimit: number;
  /** Seconds before the first retry; doubled at each next one (with jitter). */
  retryDelaySeconds: number;
  /** A job active this long is taken to belong to a dead worker, and is tried again. */
  expireInSeconds: number;
  /** At most one job of the queue runs at a time, in all instances (set when the queue is created). */
  oneAtATime?: boolean;
}

export interface JobQueueOptions {
  connectionString: string;
  logger: JobLogger;
  applicationName: string;
  /** How often an idle worker looks for new jobs (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
  /** How often lost and expired jobs are swept (pg-boss's maintenance). */
  maintenanceIntervalSeconds?: number;
}

/** The job a handler runs: `retryCount` attempts came before this one, `retryLimit` may follow the first. */
export interface JobInfo {
  id: string;
  name: string;
  retryCount: number;
  retryLimit: number;
}

export type JobHandler<T> = (data: T, job: JobInfo) => Promise<void>;

/**
 * Durable background work on the project's own PostgreSQL (pg-boss): a job is a row, so it
 * survives a crash or a rolling restart, and it can be written in the same transaction as the
 * change that caused it. Each job is taken by one worker at a time (SELECT ... FOR UPDATE SKIP
 * LOCKED), whichever instance it runs in.
 */
export class JobQueue {
  private boss: PgBoss;
  private readonly policies = new Map<string, QueuePolicy>();
  private readonly workers = new Map<string, string[]>();
  private started = false;

  constructor(private readonly options: JobQueueOptions) {
    this.boss = this.newBoss();
  }

  private newBoss(): PgBoss {
    const { options } = this;
    const boss = new PgBoss({
      schema: SCHEMA,
      connectionString: options.connectionString,
      application_name: options.applicationName,
      max: 4,
      schedule: true,
      supervise: true,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
      // A sent mail's job holds its text, and a verification or reset link in it: drop it soon.
      archiveCompletedAfterSeconds: 60,
      deleteAfterSeconds: 60,
    });
    boss.on('error', (error) =>
      options.logger.error(
        { err: { message: error.message, code: (error as { code?: string }).code } },
        'job queue error',
      ),
    );
    return boss;
  }

  /** Declares a queue; every queue the process sends to or works on is declared before `start`. */
  define(name: string, policy: QueuePolicy): this {
    this.policies.set(name, policy);
    return this;
  }

  /**
   * Installs or upgrades pg-boss's schema (under its own lock) and creates the declared queues. A
   * start that fails (the database is down) leaves nothing running, and may be tried again.
   */
  async start(): Promise<void> {
    try {
      await this.boss.start();
      await this.createQueues();
    } catch (error) {
      await this.boss.stop({ graceful: false, wait: true }).catch(() => {});
      this.boss = this.newBoss();
      throw error;
    }
    this.started = true;
  }

  private async createQueues(): Promise<void> {
    for (const [name, policy] of this.policies) {
      const queue = {
        name,
        retryLimit: policy.retryLimit,
        retryDelay: policy.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: policy.expireInSeconds,
      };
      if (await this.boss.getQueue(name)) await this.boss.updateQueue(name, queue);
      else
        await this.boss.createQueue(name, {
          ...queue,
          policy: policy.oneAtATime ? 'singleton' : 'standard',
        });
    }
  }

  /**
   * Writes a job. Given a transaction's client, the job commits or rolls back with that
   * transaction: it exists exactly when what caused it does.
   */
  async send<T extends object>(name: string, data: T, db?: Queryable): Promise<string> {
    if (!this.policies.has(name)) throw new Error(`job queue ${name} is not declared`);
    const id = await this.boss.send(name, data, db ? { db: executorOf(db) } : {});
    if (!id) throw new Error(`job ${name} was not written`);
    return id;
  }

  /**
   * Runs `handler` for each job of `name`, one at a time in each of `workers` loops; a throw is
   * retried by the queue's policy. A loop that finished a job looks for the next one at once; an
   * idle loop looks every polling interval, or when woken (`wake`).
   */
  async work<T extends object>(name: string, handler: JobHandler<T>, { workers = 1 } = {}): Promise<void> {
    const { logger } = this.options;
    const ids = this.workers.get(name) ?? [];
    this.workers.set(name, ids);
    for (let index = 0; index < workers; index += 1) {
      let workerId = '';
      workerId = await this.boss.work<T>(
        name,
        {
          batchSize: 1,
          includeMetadata: true,
          pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 2,
        },
        async ([job]) => {
          if (!job) return;
          try {
            await handler(job.data, {
              id: job.id,
              name: job.name,
              retryCount: job.retryCount,
              retryLimit: job.retryLimit,
            });
          } catch (error) {
            logger.warn({ job: name, jobId: job.id, reason: (error as Error).message }, 'job failed');
            throw error;
          } finally {
            this.boss.notifyWorker(workerId);
          }
        },
      );
      ids.push(workerId);
    }
  }

  /**
   * Has this process's idle workers of `name` look for jobs now, not at their next poll: for a job
   * just committed.
   */
  wake(name: string): void {
    for (const id of this.workers.get(name) ?? []) this.boss.notifyWorker(id);
  }

  /** Which of these jobs of `name` are still waiting, waiting for a retry, or running. */
  async unfinished(name: string, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.boss
      .getDb()
      .executeSql(
        `SELECT id FROM ${SCHEMA}.job WHERE name = $1 AND id = ANY($2::uuid[]) AND state < 'completed'`,
        [name, ids],
      );
    return (rows as { id: string }[]).map((row) => row.id);
  }

  /** Sends a job to `name` on a cron schedule (UTC), once per tick whichever instances run. */
  async schedule(name: string, cron: string): Promise<void> {
    await this.boss.schedule(name, cron, {}, { tz: 'UTC' });
  }

  /** Stops taking jobs and waits up to `graceMs` for the running ones to finish. */
  async stop(graceMs = 5000): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: graceMs });
  }
}

function executorOf(db: Queryable) {
  return {
    executeSql: (text: string, values: unknown[]) =>
      db.query(text, values) as Promise<{ rows: unknown[] }> as Promise<{ rows: never[] }>,
  };
}
