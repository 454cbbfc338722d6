import type { SymptomStats } from '@hormohelp/contracts';
import { addDays } from '@hormohelp/contracts/calendar-days';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { todayIsoDate } from '@/lib/format';
import { chartLines, layOutAtChartSize, piecesOf } from '@/test/chart-layout';
import { render, screen, waitFor, within } from '@/test/render';
import { TrendsCard } from './trends-card';

beforeEach(layOutAtChartSize);
afterEach(() => vi.unstubAllGlobals());

/** The week's statistics as the API gives them: a point only for a day with a log. */
function weekLoggedOn(daysAgo: number[]): SymptomStats {
  const today = todayIsoDate();
  return {
    days: 7,
    today,
    totalLogs: daysAgo.length,
    currentStreak: 0,
    longestStreak: 0,
    averages: { severity: 5, mood: 5, energy: 5, sleep: 5 },
    topSymptoms: [],
    series: daysAgo
      .map((ago) => ({ date: addDays(today, -ago), severity: 5, mood: 6, energy: 4, sleep: 7 }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
}

const renderCard = (stats: SymptomStats) =>
  render(<TrendsCard stats={stats} range={7} isRefreshing={false} onRangeChange={() => {}} />);

describe('the trends card', () => {
  it('breaks the lines on a day without a log, instead of drawing them straight across it', async () => {
    const { container } = renderCard(weekLoggedOn([6, 5, 4, 2, 1, 0]));

    await waitFor(() => expect(chartLines(container)).toHaveLength(4));
    for (const line of chartLines(container)) expect(piecesOf(line)).toBe(2);
  });

  it('has the figures and the table of scores at once, before the chart is drawn', async () => {
    // A first visit: the chart's chunk has not been loaded by an earlier render.
    vi.resetModules();
    const { TrendsCard: FirstVisitCard } = await import('./trends-card');
    const { container } = render(
      <FirstVisitCard stats={weekLoggedOn([2, 0])} range={7} isRefreshing={false} onRangeChange={() => {}} />,
    );

    expect(screen.getByText(/2 logs in the last 7 days/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Daily scores over the last 7 days, from 1 to 10' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(chartLines(container).length).toBe(0);

    await waitFor(() => expect(chartLines(container)).toHaveLength(4));
  });

  it('says there is nothing to draw when the range has no log', () => {
    const { container } = renderCard(weekLoggedOn([]));

    expect(screen.getByText('No logs in the last 7 days.')).toBeInTheDocument();
    expect(container.querySelector('[data-chart-media]')).toBeNull();
  });
});
