import { healthSchema } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';

/**
 * GET /health: 200 when the database answers, otherwise 503 `upstream_unavailable`. The process's
 * own probe, outside /auth: the API's proxy does not pass it on.
 */
export function healthRoute(app: Server, deps: AuthDeps): void {
  app.route({
    method: 'GET',
    url: '/health',
    config: { access: 'public' },
    schema: {
      summary: 'Health probe (503 when the database is unreachable)',
      tags: ['meta'],
      response: { 200: healthSchema },
    },
    handler: async () => {
      await deps.pool.query('SELECT 1');
      return { status: 'ok' as const };
    },
  });
}
