import { Link } from 'react-router-dom';
import { formatDate } from '@/lib/format';
import type { DateRange } from '../lib/date-range';
import type { ReportSummary } from '../lib/summarize-logs';
import { ReportAverages } from './report-averages';
import { ReportNotes } from './report-notes';
import { ReportTopSymptoms } from './report-top-symptoms';
import { ReportTrends } from './report-trends';

interface ReportDocumentProps {
  name: string;
  range: DateRange;
  today: string;
  summary: ReportSummary;
}

/** What is printed: who, which dates, the figures, the person's notes, and what it is not. */
export function ReportDocument({ name, range, today, summary }: ReportDocumentProps) {
  const period = `${formatDate(range.from)} – ${formatDate(range.to)}`;
  return (
    <article
      aria-labelledby="report-title"
      className="print-report space-y-8 rounded-xl border border-stone-200 bg-white p-5 sm:p-8 print:border-0 print:p-0"
    >
      <header className="report-block border-b border-stone-200 pb-4">
        <p className="text-sm font-medium uppercase tracking-wide text-stone-600">HormoHelp symptom report</p>
        <h2 id="report-title" className="mt-1 text-2xl font-semibold text-stone-900">
          {name}
        </h2>
        <p className="mt-1 text-stone-700">
          {period} · {summary.totalLogs} {summary.totalLogs === 1 ? 'log' : 'logs'} on {summary.daysLogged} of{' '}
          {summary.series.length} days · prepared {formatDate(today)}
        </p>
        <p className="mt-3 rounded-lg border-2 border-stone-900 px-3 py-2 text-sm text-stone-900">
          <strong>Not medical advice.</strong> These are self-reported records kept in HormoHelp, to support a
          conversation with a clinician. They are not a diagnosis, and patterns in them do not show causes.
        </p>
      </header>
      {summary.totalLogs === 0 ? (
        <p className="text-stone-700">
          No symptoms were logged between these dates.{' '}
          <Link to="/symptom-tracker" className="font-medium text-brand-700 underline print:hidden">
            Log a day
          </Link>
        </p>
      ) : (
        <>
          <ReportAverages averages={summary.averages} />
          <ReportTrends series={summary.series} />
          <ReportTopSymptoms topSymptoms={summary.topSymptoms} />
          <ReportNotes notes={summary.notes} />
        </>
      )}
    </article>
  );
}
