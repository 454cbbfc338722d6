import {
  createSymptomLogBodySchema,
  idParamsSchema,
  itemOf,
  noContentSchema,
  symptomListQuerySchema,
  symptomListSchema,
  symptomLogSchema,
  symptomStatsQuerySchema,
  symptomStatsSchema,
  updateSymptomLogBodySchema,
} from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import { deleteSymptomLog } from './delete-symptom-log';
import { getSymptomStats } from './get-symptom-stats';
import { listSymptomLogs } from './list-symptom-logs';
import { saveSymptomLog } from './save-symptom-log';
import { updateSymptomLog } from './update-symptom-log';

export function symptomsRoutes(app: Server, { pool, now }: ApiDeps): void {
  app.get(
    '/api/symptoms',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'Your symptom logs, newest date first',
        tags: ['symptoms'],
        querystring: symptomListQuerySchema,
        response: { 200: symptomListSchema },
      },
    },
    async (request) => listSymptomLogs(pool, request.user.sub, request.query),
  );
  app.get(
    '/api/symptoms/stats',
    {
      config: { access: 'signed-in', errors: ['not_found'] },
      schema: {
        summary:
          'Streaks, and averages, top symptoms and a daily series over your last `days` days, ending on your today',
        tags: ['symptoms'],
        querystring: symptomStatsQuerySchema,
        response: { 200: symptomStatsSchema },
      },
    },
    async (request) => getSymptomStats(pool, request.user.sub, request.query.days, now()),
  );
  app.post(
    '/api/symptoms',
    {
      config: { access: 'signed-in', errors: ['consent_required'] },
      schema: {
        summary:
          'Save the log of a day, one a day: 201 when new, 200 when it replaced that day’s log (date defaults to your today, in your account’s time zone, and is never after it)',
        tags: ['symptoms'],
        body: createSymptomLogBodySchema,
        response: { 200: itemOf(symptomLogSchema), 201: itemOf(symptomLogSchema) },
      },
    },
    async (request, reply) => {
      const { log, isNew } = await saveSymptomLog(pool, request.user.sub, request.body, now());
      reply.code(isNew ? 201 : 200);
      return { item: log };
    },
  );
  app.patch(
    '/api/symptoms/:id',
    {
      config: { access: 'signed-in', errors: ['consent_required', 'not_found'] },
      schema: {
        summary: 'Edit one of your logs, of any day: the fields given change, the date stays',
        tags: ['symptoms'],
        params: idParamsSchema,
        body: updateSymptomLogBodySchema,
        response: { 200: itemOf(symptomLogSchema) },
      },
    },
    async (request) => ({
      item: await updateSymptomLog(pool, request.user.sub, request.params.id, request.body),
    }),
  );
  app.delete(
    '/api/symptoms/:id',
    {
      config: { access: 'signed-in', errors: ['not_found'] },
      schema: {
        summary: 'Delete one of your logs',
        tags: ['symptoms'],
        params: idParamsSchema,
        response: { 204: noContentSchema },
      },
    },
    async (request, reply) => {
      await deleteSymptomLog(pool, request.user.sub, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
