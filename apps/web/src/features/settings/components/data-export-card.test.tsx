import userEvent from '@testing-library/user-event';
import { Toaster } from 'react-hot-toast';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { todayIsoDate } from '@/lib/format';
import { tokenStore } from '@/lib/token-store';
import { installFakeBackend, makeToken } from '@/test/fake-backend';
import { render, screen, waitFor } from '@/test/render';
import { DataExportCard } from './data-export-card';

const TOKEN = makeToken('export');
let backend: ReturnType<typeof installFakeBackend>;
let saved: { blob: Blob; fileName: string }[];

beforeEach(() => {
  tokenStore.set(TOKEN);
  saved = [];
  // jsdom has no object URLs and does not download: record what the link would have saved.
  const urls = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${urls.size}`;
    urls.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void urls.delete(url);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = urls.get(this.href);
    if (blob) saved.push({ blob, fileName: this.download });
  });
});
afterEach(() => {
  backend.restore();
  tokenStore.clear();
  vi.restoreAllMocks();
});

describe('downloading my data', () => {
  it('fetches the JSON export and the CSV logs with the Bearer token and saves each as a dated file', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      'GET /users/me/export': (call) => {
        const isCsv = (call.params as { format?: string } | undefined)?.format === 'csv';
        const body = isCsv
          ? 'date,severity\r\n"2026-11-27","6"\r\n'
          : '{"exportedAt":"2026-11-27T10:00:00Z"}';
        return {
          status: 200,
          data: body,
          headers: { 'content-type': isCsv ? 'text/csv' : 'application/json' },
        };
      },
    });
    render(<DataExportCard />);

    await user.click(screen.getByRole('button', { name: 'Download my data (JSON)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Download symptom logs (CSV)' }));
    await waitFor(() => expect(saved).toHaveLength(2));

    const [json, csv] = saved;
    expect(json?.fileName).toBe(`hormohelp-my-data-${todayIsoDate()}.json`);
    expect(json && (await json.blob.text())).toContain('exportedAt');
    expect(csv?.fileName).toBe(`hormohelp-symptom-logs-${todayIsoDate()}.csv`);
    expect(csv && (await csv.blob.text())).toContain('"2026-11-27","6"');
    const calls = backend.callsTo('GET', '/users/me/export');
    expect(calls.map((call) => call.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
    expect(calls.map((call) => call.params)).toEqual([undefined, { format: 'csv' }]);
  }, 15_000);

  it("shows the API's message when the export fails", async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      'GET /users/me/export': () => ({
        status: 404,
        data: { error: { code: 'not_found', message: 'This account no longer exists.' } },
      }),
    });
    render(
      <>
        <Toaster />
        <DataExportCard />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Download my data (JSON)' }));
    expect(await screen.findByText('This account no longer exists.')).toBeInTheDocument();
    expect(saved).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Download my data (JSON)' })).toBeEnabled();
  }, 15_000);
});
