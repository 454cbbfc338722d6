import { exportQuerySchema } from '@hormohelp/contracts';
import { Router, validate } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import type { ApiContext } from '../../http/context';
import { ExportCutError } from './bounded-sink';
import { exportUserData } from './export-user-data';
import { responseSink } from './response-sink';

export function exportRouter({ exportPool, rateLimits, config }: ApiDeps): Router<ApiContext> {
  const deps = {
    pool: exportPool,
    rateLimits,
    stallMs: config.EXPORT_STALL_MS,
    deadlineMs: config.EXPORT_DEADLINE_MS,
  };
  return new Router<ApiContext>().get('/users/me/export', async (context) => {
    const { format } = validate(exportQuerySchema, context.query);
    const { res } = context;
    try {
      await exportUserData(deps, context.user.sub, format, responseSink(context));
      res.end();
    } catch (error) {
      if (!res.headersSent) throw error;
      // Half a document must not look like a whole one: cut the connection instead of ending it.
      if (res.destroyed) context.log.info('export reader left mid-stream');
      else if (error instanceof ExportCutError) context.log.info({ reason: error.message }, 'export cut');
      else context.log.error({ err: error }, 'export failed mid-stream');
      res.destroy();
    }
    return undefined;
  });
}
