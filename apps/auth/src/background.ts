import type { Logger } from '@hormohelp/server-kit';

export interface BackgroundTasks {
  /** Runs `task` after the current request has been answered; a failure is logged, never thrown. */
  run(name: string, task: () => Promise<void>): void;
  /** Waits until every task started so far has finished (graceful shutdown, tests). */
  drain(): Promise<void>;
}

export function createBackgroundTasks(logger: Logger): BackgroundTasks {
  const pending = new Set<Promise<void>>();
  return {
    run(name, task) {
      const job = new Promise<void>((resolve) => setImmediate(resolve))
        .then(task)
        .catch((error: unknown) => logger.error({ task: name, err: error }, 'background task failed'))
        .finally(() => pending.delete(job));
      pending.add(job);
    },
    async drain() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
