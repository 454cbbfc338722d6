import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScorePoint } from '@/lib/score-metrics';
import { chartDots, chartLines, layOutAtChartSize, piecesOf } from '@/test/chart-layout';
import { ScoreTrendChart } from './score-trend-chart';

const day = (date: string, score: number | null): ScorePoint => ({
  date,
  severity: score,
  mood: score,
  energy: score,
  sleep: score,
});

/** Days from 2026-03-01 on, each with the score given for it (null: no log that day). */
const series = (...scores: (number | null)[]): ScorePoint[] =>
  scores.map((score, index) => day(new Date(Date.UTC(2026, 2, 1 + index)).toISOString().slice(0, 10), score));

beforeEach(layOutAtChartSize);
afterEach(() => vi.unstubAllGlobals());

describe('the score trend chart', () => {
  it('keeps its place and shows its legend while the drawing loads, then draws one line per score', async () => {
    // A first visit: the drawing's chunk has not been loaded by an earlier render.
    vi.resetModules();
    const { ScoreTrendChart: FirstVisitChart } = await import('./score-trend-chart');
    const { container } = render(<FirstVisitChart series={series(4, 5, 6)} />);

    for (const label of ['Severity', 'Mood', 'Energy', 'Sleep'])
      expect(screen.getByText(label)).toBeInTheDocument();
    expect(chartLines(container).length).toBe(0);

    await waitFor(() => expect(chartLines(container)).toHaveLength(4));
  });

  it('breaks every line on a day without a log instead of joining the days either side', async () => {
    const { container } = render(<ScoreTrendChart series={series(4, 5, null, 7, 8)} />);

    await waitFor(() => expect(chartLines(container)).toHaveLength(4));
    for (const line of chartLines(container)) expect(piecesOf(line)).toBe(2);
  });

  it('draws a line in one piece when every day has a log', async () => {
    const { container } = render(<ScoreTrendChart series={series(4, 5, 6, 7, 8)} />);

    await waitFor(() => expect(chartLines(container)).toHaveLength(4));
    for (const line of chartLines(container)) expect(piecesOf(line)).toBe(1);
  });

  it('over more than a month, marks only a day logged between two days without a log, which no line reaches', async () => {
    const scores: (number | null)[] = Array.from({ length: 60 }, () => null);
    scores[10] = 6;
    for (let index = 40; index < 60; index += 1) scores[index] = 5;
    const { container } = render(<ScoreTrendChart series={series(...scores)} />);

    await waitFor(() => expect(chartLines(container)).toHaveLength(4));
    expect(chartDots(container)).toHaveLength(4);
  });

  it('marks every logged day with a dot over a month or less', async () => {
    const { container } = render(<ScoreTrendChart series={series(4, null, 6)} />);

    await waitFor(() => expect(chartLines(container)).toHaveLength(4));
    expect(chartDots(container)).toHaveLength(8);
  });

  it('is hidden from screen readers, which read the same scores in a table instead', () => {
    const { container } = render(<ScoreTrendChart series={series(4, 5, 6)} />);

    expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true');
  });
});
