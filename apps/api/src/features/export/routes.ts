import { exportQuerySchema } from '@hormohelp/contracts';
import { route, validate } from '@hormohelp/server-kit';
import { Router } from 'express';
import type { ApiDeps } from '../../deps';
import { exportUserData } from './export-user-data';
import { responseSink } from './response-sink';

export function exportRouter({ pool }: ApiDeps): Router {
  const router = Router();
  router.get(
    '/users/me/export',
    route(async (req, res) => {
      const { format } = validate(exportQuerySchema, req.query);
      try {
        await exportUserData(pool, req.user.sub, format, responseSink(res));
        res.end();
      } catch (error) {
        if (!res.headersSent) throw error;
        // Half a document must not look like a whole one: cut the connection instead of ending it.
        if (res.destroyed) req.log.info('export reader left mid-stream');
        else req.log.error({ err: error }, 'export failed mid-stream');
        res.destroy();
      }
    }),
  );
  return router;
}
