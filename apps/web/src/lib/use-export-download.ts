import { useState } from 'react';
import toast from 'react-hot-toast';
import { getErrorMessage } from './api-client';
import { downloadExport, type ExportFormat } from './download-export';

/** Downloads the person's export in one format at a time, with the outcome as a toast. */
export function useExportDownload() {
  const [pending, setPending] = useState<ExportFormat | null>(null);

  async function download(format: ExportFormat) {
    setPending(format);
    try {
      await downloadExport(format);
      toast.success('Your download has started.');
    } catch (error) {
      toast.error(getErrorMessage(error));
    } finally {
      setPending(null);
    }
  }

  return { pending, download };
}
