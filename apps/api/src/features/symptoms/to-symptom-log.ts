import type { SymptomLog } from '@hormohelp/contracts';
import type { SymptomLogRow } from './symptom-repository';

export function toSymptomLog(row: SymptomLogRow): SymptomLog {
  return {
    id: row.id,
    date: row.date,
    symptoms: row.symptoms,
    notes: row.notes,
    severity: row.severity,
    mood: row.mood,
    energy: row.energy,
    sleep: row.sleep,
    createdAt: row.created_at.toISOString(),
  };
}
