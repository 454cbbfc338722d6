import { symptomInsightsSchema } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import { getSymptomInsights } from './get-symptom-insights';

export function insightsRoutes(app: Server, { pool }: ApiDeps): void {
  app.get(
    '/api/symptoms/insights',
    {
      config: { access: 'signed-in' },
      schema: {
        summary:
          "How sleep, energy and mood move with symptom severity (Pearson's r over your daily averages), once you have logged 14 different days",
        tags: ['symptoms'],
        response: { 200: symptomInsightsSchema },
      },
    },
    async (request) => getSymptomInsights(pool, request.user.sub),
  );
}
