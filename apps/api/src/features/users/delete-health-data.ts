import type { DeleteHealthDataResponse } from '@hormohelp/contracts';
import { type Pool, toPublicUser, withTransaction } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { clearBookingNotesOf, clearOnboardingAnswersOf, deleteSymptomLogsOf } from './health-data-repository';

/**
 * DELETE /users/me/health-data: erases the health data already stored (every symptom log, the
 * onboarding answers, the notes on bookings) in one transaction, and keeps the account. Needs no
 * consent: what consent allowed to be stored may always be deleted. Offered with the withdrawal of
 * consent, which stops new health data from being stored.
 */
export async function deleteHealthData(pool: Pool, userId: string): Promise<DeleteHealthDataResponse> {
  return withTransaction(pool, async (client) => {
    const row = await clearOnboardingAnswersOf(client, userId);
    // A valid token whose account has since been erased.
    if (!row) throw new AppError('not_found');
    const symptomLogs = await deleteSymptomLogsOf(client, userId);
    const bookingNotes = await clearBookingNotesOf(client, userId);
    return { user: toPublicUser(row), deleted: { symptomLogs, bookingNotes } };
  });
}
