import { isAxiosError } from 'axios';
import { api } from '@/lib/api-client';
import { todayIsoDate } from '@/lib/format';
import { readBlobText } from './read-blob-text';
import { saveBlob } from './save-blob';

export type ExportFormat = 'json' | 'csv';

const FILE_NAMES: Record<ExportFormat, string> = {
  json: 'hormohelp-my-data',
  csv: 'hormohelp-symptom-logs',
};

/** A blob response's error body is a Blob too: read it back into the contract's JSON error. */
async function withReadableError(error: unknown): Promise<unknown> {
  if (!isAxiosError(error) || !(error.response?.data instanceof Blob)) return error;
  try {
    error.response.data = JSON.parse(await readBlobText(error.response.data));
  } catch {
    // Not JSON (a proxy's page, say): getErrorMessage falls back to the status.
  }
  return error;
}

/** GET /users/me/export with the Bearer token, saved as a dated file. */
export async function downloadExport(format: ExportFormat): Promise<void> {
  try {
    const { data } = await api.get<Blob>('/users/me/export', {
      params: format === 'csv' ? { format } : undefined,
      responseType: 'blob',
      // A long history takes longer than the default timeout to stream.
      timeout: 120_000,
    });
    saveBlob(data, `${FILE_NAMES[format]}-${todayIsoDate()}.${format}`);
  } catch (error) {
    throw await withReadableError(error);
  }
}
