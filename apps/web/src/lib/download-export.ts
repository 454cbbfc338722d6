import { api } from '@/lib/api-client';
import { todayIsoDate } from '@/lib/format';
import { saveBlob } from './save-blob';

export type ExportFormat = 'json' | 'csv';

const FILE_NAMES: Record<ExportFormat, string> = {
  json: 'hormohelp-my-data',
  csv: 'hormohelp-symptom-logs',
};

/** GET /users/me/export with the Bearer token, saved as a dated file. */
export async function downloadExport(format: ExportFormat): Promise<void> {
  const file = await api
    .get('users/me/export', {
      searchParams: format === 'csv' ? { format } : undefined,
      // A long history takes longer than the default timeout to stream.
      timeout: 120_000,
    })
    .blob();
  saveBlob(file, `${FILE_NAMES[format]}-${todayIsoDate()}.${format}`);
}
