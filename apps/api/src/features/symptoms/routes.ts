import {
  createSymptomLogBodySchema,
  symptomListQuerySchema,
  symptomStatsQuerySchema,
} from '@hormohelp/contracts';
import { json, noContent, Router, validate } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import type { ApiContext } from '../../http/context';
import { parsePathId } from '../../http/path-id';
import { createSymptomLog } from './create-symptom-log';
import { deleteSymptomLog } from './delete-symptom-log';
import { getSymptomStats } from './get-symptom-stats';
import { listSymptomLogs } from './list-symptom-logs';

export function symptomsRouter({ pool }: ApiDeps): Router<ApiContext> {
  return new Router<ApiContext>()
    .get('/api/symptoms', async ({ user, query }) =>
      json(await listSymptomLogs(pool, user.sub, validate(symptomListQuerySchema, query))),
    )
    .get('/api/symptoms/stats', async ({ user, query }) => {
      const { days } = validate(symptomStatsQuerySchema, query);
      return json(await getSymptomStats(pool, user.sub, days));
    })
    .post('/api/symptoms', async ({ user, body }) => {
      const log = validate(createSymptomLogBodySchema, body);
      return json({ item: await createSymptomLog(pool, user.sub, log) }, 201);
    })
    .delete('/api/symptoms/:id', async ({ user, params }) => {
      await deleteSymptomLog(pool, user.sub, parsePathId(params.id));
      return noContent();
    });
}
