import {
  createSymptomLogBodySchema,
  symptomListQuerySchema,
  symptomStatsQuerySchema,
} from '@hormohelp/contracts';
import { route, validate } from '@hormohelp/server-kit';
import { Router } from 'express';
import type { ApiDeps } from '../../deps';
import { parsePathId } from '../../http/path-id';
import { createSymptomLog } from './create-symptom-log';
import { deleteSymptomLog } from './delete-symptom-log';
import { getSymptomStats } from './get-symptom-stats';
import { listSymptomLogs } from './list-symptom-logs';

export function symptomsRouter({ pool }: ApiDeps): Router {
  const router = Router();
  router.get(
    '/api/symptoms',
    route(async (req, res) => {
      const query = validate(symptomListQuerySchema, req.query);
      res.json(await listSymptomLogs(pool, req.user.sub, query));
    }),
  );
  router.get(
    '/api/symptoms/stats',
    route(async (req, res) => {
      const { days } = validate(symptomStatsQuerySchema, req.query);
      res.json(await getSymptomStats(pool, req.user.sub, days));
    }),
  );
  router.post(
    '/api/symptoms',
    route(async (req, res) => {
      const body = validate(createSymptomLogBodySchema, req.body);
      res.status(201).json({ item: await createSymptomLog(pool, req.user.sub, body) });
    }),
  );
  router.delete(
    '/api/symptoms/:id',
    route(async (req, res) => {
      await deleteSymptomLog(pool, req.user.sub, parsePathId(req.params.id));
      res.status(204).end();
    }),
  );
  return router;
}
