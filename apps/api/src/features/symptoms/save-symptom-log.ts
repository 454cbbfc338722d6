import type { CreateSymptomLogBody, SymptomLog } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { isForeignKeyViolation } from '../../http/pg-errors';
import { todaysDateOf } from '../users/todays-date';
import { selectConsent, upsertSymptomLog } from './symptom-repository';
import { toSymptomLog } from './to-symptom-log';

/**
 * Saves the log of one day: a person has one log a day, so saving a day that already has one
 * replaces its values (`isNew` false) rather than adding a second. The date defaults to the
 * person's today, in the time zone of their account, and may not be after it. A symptom named
 * twice in one log counts once. Only with consent to storing health data (403 otherwise).
 */
export async function saveSymptomLog(
  pool: Pool,
  userId: string,
  body: CreateSymptomLogBody,
  now: Date = new Date(),
): Promise<{ log: SymptomLog; isNew: boolean }> {
  const today = await todaysDateOf(pool, userId, now);
  const date = body.date ?? today;
  if (date > today) {
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
  const row = await upsertSymptomLog(pool, userId, log).catch((error: unknown) => {
    // A valid token whose account has since been deleted.
    throw isForeignKeyViolation(error) ? new AppError('not_found') : error;
  });
  if (row) return { log: toSymptomLog(row), isNew: row.is_new };
  // Nothing stored: explicit consent to health data is missing (GDPR Art. 9), or the account is gone.
  const consent = await selectConsent(pool, userId);
  throw new AppError(consent ? 'consent_required' : 'not_found');
}
