import type { SymptomLog, UpdateSymptomLogBody } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { selectConsent, updateSymptomLogRow } from './symptom-repository';
import { toSymptomLog } from './to-symptom-log';

/**
 * Edits one of the person's logs, of any day: the fields given change, the others and the date stay.
 * Someone else's log answers like a missing one (404); changing health data needs consent (403).
 */
export async function updateSymptomLog(
  pool: Pool,
  userId: string,
  id: string,
  body: UpdateSymptomLogBody,
): Promise<SymptomLog> {
  const changes = { ...body, symptoms: body.symptoms && [...new Set(body.symptoms)] };
  const row = await updateSymptomLogRow(pool, userId, id, changes);
  if (row) return toSymptomLog(row);
  const consent = await selectConsent(pool, userId);
  throw new AppError(consent && !consent.consented ? 'consent_required' : 'not_found');
}
