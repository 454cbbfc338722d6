import { route } from '@hormohelp/server-kit';
import { Router } from 'express';
import type { ApiDeps } from '../../deps';
import { getSymptomInsights } from './get-symptom-insights';

export function insightsRouter({ pool }: ApiDeps): Router {
  const router = Router();
  router.get(
    '/api/symptoms/insights',
    route(async (req, res) => {
      res.json(await getSymptomInsights(pool, req.user.sub));
    }),
  );
  return router;
}
