import { Download } from 'lucide-react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/button';
import { Card } from '@/components/card';
import { useExportDownload } from '@/lib/use-export-download';

/** Portability at hand (GDPR Art. 20): the person's own data, from the page they visit most. */
export function DataDownloadCard() {
  const { pending, download } = useExportDownload();

  return (
    <Card className="render-when-near">
      <h2 className="text-lg font-semibold text-stone-900">Your data</h2>
      <p className="mt-1 text-sm text-stone-700">
        Take a copy of everything you have logged, to keep or to share with your doctor.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <Button
          variant="secondary"
          size="sm"
          loading={pending === 'csv'}
          disabled={pending !== null}
          onClick={() => void download('csv')}
        >
          <Download className="h-4 w-4" aria-hidden="true" />
          Symptom logs (CSV)
        </Button>
        <Button
          variant="secondary"
          size="sm"
          loading={pending === 'json'}
          disabled={pending !== null}
          onClick={() => void download('json')}
        >
          <Download className="h-4 w-4" aria-hidden="true" />
          Everything (JSON)
        </Button>
      </div>
      <p className="mt-3 text-sm">
        <Link className="font-medium text-brand-800 underline underline-offset-2" to="/settings#export">
          More privacy controls in Settings
        </Link>
      </p>
    </Card>
  );
}
