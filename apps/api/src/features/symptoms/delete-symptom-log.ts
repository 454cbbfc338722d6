import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { deleteSymptomLogRow } from './symptom-repository';

/** Someone else's log answers exactly like a missing one: 404. */
export async function deleteSymptomLog(pool: Pool, userId: string, id: string): Promise<void> {
  if (!(await deleteSymptomLogRow(pool, userId, id))) throw new AppError('not_found');
}
