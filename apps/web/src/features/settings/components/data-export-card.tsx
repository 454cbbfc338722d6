import { Download } from 'lucide-react';
import { Button } from '@/components/button';
import { useExportDownload } from '@/lib/use-export-download';
import { SettingsSection } from './settings-section';

/** Access and portability (GDPR Art. 15, 20): everything as JSON, or the logs for a spreadsheet. */
export function DataExportCard() {
  const { pending, download } = useExportDownload();

  return (
    <SettingsSection
      id="export"
      title="Download your data"
      description="A copy of what HormoHelp holds about you, to keep or to take elsewhere."
    >
      <ul className="space-y-4">
        <li className="flex flex-wrap items-center justify-between gap-3">
          <p className="min-w-0 flex-1 basis-64 text-sm text-stone-700">
            <span className="block font-medium text-stone-900">Everything, as JSON</span>
            Profile, onboarding answers, consent, symptom logs, posts, comments, likes, bookings, cart, orders
            and sign-in sessions.
          </p>
          <Button
            variant="secondary"
            loading={pending === 'json'}
            disabled={pending !== null}
            onClick={() => void download('json')}
          >
            <Download className="h-4 w-4" aria-hidden="true" />
            Download my data (JSON)
          </Button>
        </li>
        <li className="flex flex-wrap items-center justify-between gap-3">
          <p className="min-w-0 flex-1 basis-64 text-sm text-stone-700">
            <span className="block font-medium text-stone-900">Symptom logs, as CSV</span>
            One row a log, for a spreadsheet.
          </p>
          <Button
            variant="secondary"
            loading={pending === 'csv'}
            disabled={pending !== null}
            onClick={() => void download('csv')}
          >
            <Download className="h-4 w-4" aria-hidden="true" />
            Download symptom logs (CSV)
          </Button>
        </li>
      </ul>
    </SettingsSection>
  );
}
