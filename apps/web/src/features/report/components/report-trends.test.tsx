import { describe, expect, it } from 'vitest';
import { chartLines } from '@/test/chart-layout';
import { render, screen, waitFor, within } from '@/test/render';
import type { DayPoint } from '../lib/summarize-logs';
import { ReportTrends } from './report-trends';

const day = (date: string, score: number | null): DayPoint => ({
  date,
  severity: score,
  mood: score,
  energy: score,
  sleep: score,
});

const series = [day('2026-03-01', 4), day('2026-03-02', null), day('2026-03-03', 7)];

/** The chart drawn for paper: shown only in print, so jsdom (a screen) sees it in the DOM alone. */
function printChart(container: HTMLElement) {
  const frame = container.querySelector('[data-chart-media="print"]');
  if (!(frame instanceof HTMLElement)) throw new Error('the report has no print chart');
  return frame;
}

describe("the report's trend", () => {
  it('prints a chart drawn at an A4 page’s width that scales to the page, whatever the window’s width', async () => {
    const { container } = render(<ReportTrends series={series} />);

    const frame = printChart(container);
    expect(frame).toHaveClass('hidden', 'print:block', 'w-full');
    const svg = await waitFor(() => {
      const drawn = frame.querySelector('svg.score-trend-surface');
      if (!drawn) throw new Error('the print chart is not drawn yet');
      return drawn;
    });
    // 680 px is 180 mm: the drawing's proportions come from its viewBox, its size from the page.
    expect(svg).toHaveAttribute('viewBox', '0 0 680 260');
    expect(svg).toHaveStyle({ width: '100%' });
    expect(svg).toHaveStyle({ height: 'auto' });
  });

  it('leaves the chart measured on screen out of the print, so a wide window cannot cut the page', () => {
    const { container } = render(<ReportTrends series={series} />);

    expect(container.querySelector('[data-chart-media="screen"]')).toHaveClass('print:hidden');
  });

  it('breaks the printed lines on a day without a log', async () => {
    const { container } = render(<ReportTrends series={series} />);

    const frame = printChart(container);
    await waitFor(() => expect(chartLines(frame)).toHaveLength(4));
    for (const line of chartLines(frame)) expect(line.getAttribute('d')?.match(/M/g)).toHaveLength(2);
  });

  it('gives screen readers the logged days as a table, not the days without a log', () => {
    render(<ReportTrends series={series} />);

    const table = screen.getByRole('table', { name: 'Daily scores, from 1 to 10' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });
});
