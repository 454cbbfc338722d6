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
} from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import { createSymptomLog } from './create-symptom-log';
import { deleteSymptomLog } from './delete-symptom-log';
import { getSymptomStats } from './get-symptom-stats';
import { listSymptomLogs } from './list-symptom-logs';

export function symptomsRoutes(app: Server, { pool }: ApiDeps): void {
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
      config: { access: 'signed-in' },
      schema: {
        summary: 'Streaks, averages, top symptoms and a daily series',
        tags: ['symptoms'],
        querystring: symptomStatsQuerySchema,
        response: { 200: symptomStatsSchema },
      },
    },
    async (request) => getSymptomStats(pool, request.user.sub, request.query.days),
  );
  app.post(
    '/api/symptoms',
    {
      config: { access: 'signed-in', errors: ['consent_required'] },
      schema: {
        summary: 'Log symptoms (date defaults to today, never in the future as judged in UTC+14)',
        tags: ['symptoms'],
        body: createSymptomLogBodySchema,
        response: { 201: itemOf(symptomLogSchema) },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return { item: await createSymptomLog(pool, request.user.sub, request.body) };
    },
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
