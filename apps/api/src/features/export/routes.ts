import { exportDocumentSchema, exportQuerySchema } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import { ExportCutError } from './bounded-sink';
import { exportUserData } from './export-user-data';
import { responseSink } from './response-sink';

export function exportRoutes(app: Server, { exportPool, rateLimits, config }: ApiDeps): void {
  const deps = {
    pool: exportPool,
    rateLimits,
    stallMs: config.EXPORT_STALL_MS,
    deadlineMs: config.EXPORT_DEADLINE_MS,
  };
  app.get(
    '/users/me/export',
    {
      config: { access: 'signed-in', errors: ['not_found', 'rate_limited'] },
      schema: {
        summary:
          'Everything held about you, streamed as one JSON attachment; ?format=csv streams your symptom logs as text/csv (header row, one row a log)',
        tags: ['privacy'],
        querystring: exportQuerySchema,
        response: {
          200: exportDocumentSchema.describe(
            'application/json attachment (format=json), or text/csv attachment (format=csv)',
          ),
        },
      },
    },
    async (request, reply) => {
      const res = reply.raw;
      try {
        await exportUserData(deps, request.user.sub, request.query.format, responseSink(reply));
        res.end();
      } catch (error) {
        if (!res.headersSent) throw error;
        // Half a document must not look like a whole one: cut the connection instead of ending it.
        if (res.destroyed) request.log.info('export reader left mid-stream');
        else if (error instanceof ExportCutError) request.log.info({ reason: error.message }, 'export cut');
        else request.log.error({ err: error }, 'export failed mid-stream');
        res.destroy();
      }
    },
  );
}
