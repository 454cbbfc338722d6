import type { SymptomLog } from '@hormohelp/contracts';
import { formatDate } from '@/lib/format';

/** The person's own words, each with its day's severity and symptoms for context. */
export function ReportNotes({ notes }: { notes: SymptomLog[] }) {
  return (
    <section aria-labelledby="report-notes-title">
      <h2 id="report-notes-title" className="text-lg font-semibold text-stone-900">
        Notes
      </h2>
      {notes.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">No notes in this period.</p>
      ) : (
        <ul className="mt-2 divide-y divide-stone-200">
          {notes.map((log) => (
            <li key={log.id} className="report-note py-3">
              <p className="text-sm font-medium text-stone-900">
                {formatDate(log.date)}
                <span className="font-normal text-stone-600">
                  {' '}
                  · severity {log.severity}/10
                  {log.symptoms.length > 0 && ` · ${log.symptoms.join(', ')}`}
                </span>
              </p>
              <p className="mt-1 whitespace-pre-wrap break-words text-sm text-stone-800">{log.notes}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
