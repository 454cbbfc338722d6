import type { CreateSymptomLogBody, SymptomLog } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { isForeignKeyViolation } from '../../http/pg-errors';
import { latestCalendarDate } from './latest-calendar-date';
import { insertSymptomLog, selectConsent } from './symptom-repository';
import { toSymptomLog } from './to-symptom-log';

/**
 * Records one log. The date defaults to today and may not be in the future, where "today" is the
 * newest date anywhere on earth (UTC+14), so every person can log their own local today. A symptom
 * named twice in one log counts once. Only with consent to storing health data (403 otherwise).
 */
export async function createSymptomLog(
  pool: Pool,
  userId: string,
  body: CreateSymptomLogBody,
  now: Date = new Date(),
): Promise<SymptomLog> {
  const latest = latestCalendarDate(now);
  const date = body.date ?? latest;
  if (date > latest) {
    throw new AppError('validation_error', {
      details: { fields: { date: 'The date cannot be in the future' } },
    });
  }
  const log = {
    date,
    symptoms: [...new Set(body.symptoms)],
    notes: body.notes ?? '',
    severity: body.severity,
    mood: body.mood,
    energy: body.energy,
    sleep: body.sleep,
  };
  const row = await insertSymptomLog(pool, userId, log).catch((error: unknown) => {
    // A valid token whose account has since been deleted.
    throw isForeignKeyViolation(error) ? new AppError('not_found') : error;
  });
  if (row) return toSymptomLog(row);
  // Nothing stored: explicit consent to health data is missing (GDPR Art. 9), or the account is gone.
  const consent = await selectConsent(pool, userId);
  throw new AppError(consent ? 'consent_required' : 'not_found');
}
