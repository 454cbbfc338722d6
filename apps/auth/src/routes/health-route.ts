import { route } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';

/** 200 when the database answers; otherwise the error middleware makes it 503 upstream_unavailable. */
export const healthRoute = (deps: AuthDeps) =>
  route(async (_req, res) => {
    await deps.pool.query('SELECT 1');
    res.json({ status: 'ok' });
  });
