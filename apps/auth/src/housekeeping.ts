import { deleteDeadTokens } from './data/housekeeping-repository';
import type { AuthDeps } from './deps';

const EVERY_MS = 60 * 60_000;

/** Hourly clean-up of dead token rows; several instances doing it at once is harmless. */
export function startHousekeeping(deps: Pick<AuthDeps, 'pool' | 'logger'>): () => void {
  const timer = setInterval(() => {
    deleteDeadTokens(deps.pool).catch((error: Error) =>
      deps.logger.warn({ err: error }, 'token clean-up failed'),
    );
  }, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
