import { lastDays } from '@hormohelp/contracts/calendar-days';
import { useQuery } from '@tanstack/react-query';
import { Printer } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Button } from '@/components/button';
import { Card } from '@/components/card';
import { PageHeader } from '@/components/page-header';
import { Skeleton } from '@/components/skeleton';
import { useAuth } from '@/features/auth';
import { getErrorMessage } from '@/lib/api-client';
import { todayIsoDate } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { reportLogsQueryOptions } from './api/report-logs-query';
import { ReportDocument } from './components/report-document';
import { ReportRangeForm } from './components/report-range-form';
import { type DateRange, DEFAULT_REPORT_DAYS } from './lib/date-range';
import { summarizeLogs } from './lib/summarize-logs';
import './report-print.css';

/** A printable summary of the chosen dates for a doctor: the last 30 days unless others are chosen. */
export default function ReportPage() {
  useDocumentTitle('Report for your doctor');
  const { user } = useAuth();
  const today = todayIsoDate();
  const [range, setRange] = useState<DateRange>(() => lastDays(today, DEFAULT_REPORT_DAYS));
  const { data: logs, error, refetch, isFetching } = useQuery(reportLogsQueryOptions(range));
  const summary = useMemo(() => (logs ? summarizeLogs(logs, range) : null), [logs, range]);
  // A report already shown stays when reading it again fails; only a report never read says so.
  const hasFailed = error !== null && !summary;

  return (
    <div>
      <div className="print:hidden">
        <PageHeader
          title="Report for your doctor"
          description="Your averages, trend, top symptoms and notes for the dates you choose, ready to print or save as a PDF."
          actions={
            <Button onClick={() => window.print()} disabled={!summary}>
              <Printer className="h-4 w-4" aria-hidden="true" />
              Print / Save as PDF
            </Button>
          }
        />
        <Card className="mb-6">
          <ReportRangeForm range={range} today={today} onChange={setRange} />
        </Card>
      </div>
      {hasFailed && (
        <div role="alert">
          <p className="text-stone-700">Your report could not be prepared. {getErrorMessage(error)}</p>
          <Button className="mt-4" loading={isFetching} onClick={() => void refetch()}>
            Try again
          </Button>
        </div>
      )}
      {!hasFailed && !summary && (
        <div aria-busy="true" className="space-y-4">
          <Skeleton className="h-32 rounded-xl" />
          <Skeleton className="h-72 rounded-xl" />
        </div>
      )}
      {summary && <ReportDocument name={user?.name ?? ''} range={range} today={today} summary={summary} />}
    </div>
  );
}
