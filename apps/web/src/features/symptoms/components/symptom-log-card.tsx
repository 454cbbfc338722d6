import type { SymptomLog } from '@hormohelp/contracts';
import { Pencil } from 'lucide-react';
import { Button } from '@/components/button';
import { Card } from '@/components/card';
import { ConfirmDelete } from '@/components/confirm-delete';
import { formatDate, formatDateTime } from '@/lib/format';

const SCORE_LABELS = [
  ['severity', 'Severity'],
  ['mood', 'Mood'],
  ['energy', 'Energy'],
  ['sleep', 'Sleep'],
] as const;

interface SymptomLogCardProps {
  log: SymptomLog;
  onEdit: (log: SymptomLog) => void;
  onDelete: (log: SymptomLog) => void;
}

/** One day of the history: its scores, symptoms and notes, to edit or delete. */
export function SymptomLogCard({ log, onEdit, onDelete }: SymptomLogCardProps) {
  const day = formatDate(log.date);
  return (
    <Card className="render-when-near">
      <article aria-labelledby={`log-${log.id}`}>
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <h3 id={`log-${log.id}`} className="font-semibold text-stone-900">
              {day}
            </h3>
            <p className="text-xs text-stone-600">Logged {formatDateTime(log.createdAt)}</p>
          </div>
          <div className="flex flex-wrap items-center gap-1">
            <Button variant="ghost" size="sm" aria-label={`Edit log for ${day}`} onClick={() => onEdit(log)}>
              <Pencil className="h-4 w-4" aria-hidden="true" />
              Edit
            </Button>
            <ConfirmDelete
              subject={`log for ${day}`}
              question="Delete this entry?"
              onConfirm={() => onDelete(log)}
            />
          </div>
        </div>
        <dl className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
          {SCORE_LABELS.map(([field, label]) => (
            <div key={field} className="rounded-lg bg-stone-50 px-3 py-2">
              <dt className="text-xs text-stone-600">{label}</dt>
              <dd className="font-semibold tabular-nums text-stone-900">{log[field]}/10</dd>
            </div>
          ))}
        </dl>
        {log.symptoms.length > 0 ? (
          <ul className="mt-3 flex flex-wrap gap-1.5" aria-label="Symptoms">
            {log.symptoms.map((symptom) => (
              <li
                key={symptom}
                className="max-w-full break-words rounded-full bg-brand-50 px-2.5 py-1 text-xs text-brand-800"
              >
                {symptom}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-sm text-stone-600">No symptoms logged.</p>
        )}
        {log.notes ? (
          <p className="mt-3 whitespace-pre-wrap break-words text-sm text-stone-700">{log.notes}</p>
        ) : null}
      </article>
    </Card>
  );
}
