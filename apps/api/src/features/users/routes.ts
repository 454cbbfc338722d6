import { deleteHealthDataResponseSchema, updateMeBodySchema, userResponseSchema } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import { deleteHealthData } from './delete-health-data';
import { updateMe } from './update-me';

export function usersRoutes(app: Server, { pool }: ApiDeps): void {
  app.patch(
    '/users/me',
    {
      config: { access: 'signed-in', errors: ['consent_required', 'not_found'] },
      schema: {
        summary:
          'Change your name or onboarding answers (each replaced when given); healthDataConsent true records consent to the current policy version, false withdraws it',
        tags: ['users'],
        body: updateMeBodySchema,
        response: { 200: userResponseSchema },
      },
    },
    async (request) => ({ user: await updateMe(pool, request.user.sub, request.body) }),
  );
  app.delete(
    '/users/me/health-data',
    {
      config: { access: 'signed-in', errors: ['not_found'] },
      schema: {
        summary:
          'Delete the health data stored for you (every symptom log, the onboarding answers, the notes on your bookings), keeping the account; needs no consent',
        tags: ['privacy'],
        response: { 200: deleteHealthDataResponseSchema },
      },
    },
    async (request) => deleteHealthData(pool, request.user.sub),
  );
}
