import type { ReportSummary } from '../lib/summarize-logs';

const SHOWN = 10;

export function ReportTopSymptoms({ topSymptoms }: { topSymptoms: ReportSummary['topSymptoms'] }) {
  return (
    <section aria-labelledby="report-symptoms-title" className="report-block">
      <h2 id="report-symptoms-title" className="text-lg font-semibold text-stone-900">
        Top symptoms
      </h2>
      {topSymptoms.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">No symptoms logged in this period.</p>
      ) : (
        <ol className="mt-2 grid gap-x-8 gap-y-1 sm:grid-cols-2">
          {topSymptoms.slice(0, SHOWN).map((entry) => (
            <li
              key={entry.symptom}
              className="flex justify-between gap-3 border-b border-stone-100 py-1 text-sm"
            >
              <span className="min-w-0 break-words text-stone-800">{entry.symptom}</span>
              <span className="shrink-0 tabular-nums text-stone-600">
                {entry.count} {entry.count === 1 ? 'day' : 'days'}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
