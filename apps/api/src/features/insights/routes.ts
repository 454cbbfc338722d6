import { json, Router } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import type { ApiContext } from '../../http/context';
import { getSymptomInsights } from './get-symptom-insights';

export function insightsRouter({ pool }: ApiDeps): Router<ApiContext> {
  return new Router<ApiContext>().get('/api/symptoms/insights', async ({ user }) =>
    json(await getSymptomInsights(pool, user.sub)),
  );
}
