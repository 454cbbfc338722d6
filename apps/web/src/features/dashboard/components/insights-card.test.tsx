import type { SymptomInsights } from '@hormohelp/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { installFakeBackend } from '@/test/fake-backend';
import { render, screen, within } from '@/test/render';
import { InsightsCard } from './insights-card';

let backend: ReturnType<typeof installFakeBackend>;
afterEach(() => backend.restore());

function serveInsights(reply: { status: number; data: unknown }) {
  backend = installFakeBackend({ 'GET /api/symptoms/insights': () => reply });
}

const AVAILABLE: SymptomInsights = {
  available: true,
  daysLogged: 21,
  daysNeeded: 14,
  from: '2026-11-01',
  to: '2026-11-27',
  factors: [
    {
      factor: 'sleep',
      correlation: -0.62,
      strength: 'strong',
      direction: 'milder',
      days: 21,
      sentence: 'On days you slept better, your symptoms were usually milder.',
    },
    {
      factor: 'energy',
      correlation: 0.1,
      strength: 'none',
      direction: null,
      days: 21,
      sentence: 'We see no clear link between your energy and how severe your symptoms were.',
    },
  ],
  caveat: 'These patterns show what moved together in your logs, not what caused what. Not medical advice.',
};

describe('the insights card', () => {
  it("says each factor in the API's plain words, with the days they come from and the caveat", async () => {
    serveInsights({ status: 200, data: AVAILABLE });
    render(<InsightsCard />);
    const card = await screen.findByRole('region', { name: 'Insights' });
    expect(within(card).getByText('From 21 logged days, 1 Nov 2026 to 27 Nov 2026')).toBeInTheDocument();
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'On days you slept better, your symptoms were usually milder.',
      'We see no clear link between your energy and how severe your symptoms were.',
    ]);
    expect(within(card).getByText(/not what caused what/)).toBeInTheDocument();
  });

  it('before 14 days, says how many more days to log instead of guessing', async () => {
    serveInsights({ status: 200, data: { available: false, daysLogged: 11, daysNeeded: 14 } });
    render(<InsightsCard />);
    expect(
      await screen.findByText('Log 3 more days to see how sleep, energy and mood move with your symptoms.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Days logged towards insights' })).toHaveAttribute(
      'aria-valuenow',
      '11',
    );
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('says "1 more day" on the last day before insights', async () => {
    serveInsights({ status: 200, data: { available: false, daysLogged: 13, daysNeeded: 14 } });
    render(<InsightsCard />);
    expect(await screen.findByText(/^Log 1 more day to see/)).toBeInTheDocument();
  });

  it('stays hidden when the insights cannot be loaded', async () => {
    serveInsights({ status: 503, data: { error: { code: 'upstream_unavailable', message: 'Down' } } });
    const { container } = render(<InsightsCard />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.callsTo('GET', '/api/symptoms/insights')).toHaveLength(1);
    expect(container).toBeEmptyDOMElement();
  });
});
