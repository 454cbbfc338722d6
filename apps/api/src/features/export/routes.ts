import { exportQuerySchema } from '@hormohelp/contracts';
import { Router, validate } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import type { ApiContext } from '../../http/context';
import { exportUserData } from './export-user-data';
import { responseSink } from './response-sink';

export function exportRouter({ pool }: ApiDeps): Router<ApiContext> {
  return new Router<ApiContext>().get('/users/me/export', async (context) => {
    const { format } = validate(exportQuerySchema, context.query);
    const { res } = context;
    try {
      await exportUserData(pool, context.user.sub, format, responseSink(context));
      res.end();
    } catch (error) {
      if (!res.headersSent) throw error;
      // Half a document must not look like a whole one: cut the connection instead of ending it.
      if (res.destroyed) context.log.info('export reader left mid-stream');
      else context.log.error({ err: error }, 'export failed mid-stream');
      res.destroy();
    }
    return undefined;
  });
}
