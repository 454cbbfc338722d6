import type { JobQueue } from './job-queue';

const POLL_MS = 50;

/** The jobs this process sent to one queue, so that it can wait for them (shutdown, tests). */
export interface JobTracker {
  add(id: string): void;
  /** Waits until every job added so far (and committed) has completed or been given up. */
  drain(): Promise<void>;
}

export function trackJobs(jobs: JobQueue, name: string): JobTracker {
  let pending: string[] = [];
  return {
    add(id) {
      pending.push(id);
    },
    async drain() {
      while (pending.length > 0) {
        const asked = [...pending];
        const unfinished = new Set(await jobs.unfinished(name, asked));
        pending = [...asked.filter((id) => unfinished.has(id)), ...pending.slice(asked.length)];
        if (pending.length > 0) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
  };
}
