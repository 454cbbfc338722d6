import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { todayIsoDate } from '@/lib/format';
import { tokenStore } from '@/lib/token-store';
import { installFakeBackend, makeToken } from '@/test/fake-backend';
import { render, screen, waitFor } from '@/test/render';
import { DataDownloadCard } from './data-download-card';

let backend: ReturnType<typeof installFakeBackend>;
let savedNames: string[];

beforeEach(() => {
  tokenStore.set(makeToken('dashboard-export'));
  savedNames = [];
  URL.createObjectURL = () => 'blob:test/0';
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    savedNames.push(this.download);
  });
});
afterEach(() => {
  backend.restore();
  tokenStore.clear();
  vi.restoreAllMocks();
});

describe('the dashboard data download', () => {
  it('saves the symptom logs as CSV and everything as JSON, each through the API with the token', async () => {
    const user = userEvent.setup({ delay: null });
    const formats: string[] = [];
    backend = installFakeBackend({
      'GET /users/me/export': (call) => {
        formats.push((call.params as { format?: string } | undefined)?.format ?? 'json');
        return { status: 200, data: 'x' };
      },
    });
    render(<DataDownloadCard />, { wrapper: MemoryRouter });

    await user.click(screen.getByRole('button', { name: 'Symptom logs (CSV)' }));
    await waitFor(() => expect(savedNames).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Everything (JSON)' }));
    await waitFor(() => expect(savedNames).toHaveLength(2));

    expect(formats).toEqual(['csv', 'json']);
    expect(savedNames).toEqual([
      `hormohelp-symptom-logs-${todayIsoDate()}.csv`,
      `hormohelp-my-data-${todayIsoDate()}.json`,
    ]);
  });
});
