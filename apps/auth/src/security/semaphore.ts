import { AppError } from '@hormohelp/server-kit';

/**
 * At most `limit` tasks at once; the rest wait in FIFO order. Past `maxWaiting` queued tasks the
 * caller is told the service is busy (503) instead of the queue growing without bound.
 */
export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly limit: number,
    private readonly maxWaiting = 500,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.maxWaiting) {
      return Promise.reject(
        new AppError('upstream_unavailable', { status: 503, headers: { 'Retry-After': '5' } }),
      );
    }
    // The slot is handed over directly by release(), so `active` stays counted.
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}
