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
import { useReportLogs } from './api/use-report-logs';
import { ReportDocument } from './components/report-document';
import { ReportRangeForm } from './components/report-range-form';
import { type DateRange, defaultRange } from './lib/date-range';
import { summarizeLogs } from './lib/summarize-logs';
import './report-print.css';

export default function ReportPage() {
  useDocumentTitle('Report for your doctor');
  const { user } = useAuth();
  const today = todayIsoDate();
  const [range, setRange] = useState<DateRange>(() => defaultRange(today));
  const [attempt, setAttempt] = useState(0);
  const { logs, error } = useReportLogs(range, attempt);
  const summary = useMemo(() => (logs ? summarizeLogs(logs, range) : null), [logs, range]);

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
      {error !== null && (
        <div role="alert">
          <p className="text-stone-700">Your report could not be prepared. {getErrorMessage(error)}</p>
          <Button className="mt-4" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </Button>
        </div>
      )}
      {error === null && !summary && (
        <div aria-busy="true" className="space-y-4">
          <Skeleton className="h-32 rounded-xl" />
          <Skeleton className="h-72 rounded-xl" />
        </div>
      )}
      {summary && <ReportDocument name={user?.name ?? ''} range={range} today={today} summary={summary} />}
    </div>
  );
}
