import { vi } from 'vitest';

/**
 * jsdom lays nothing out: give every element the size of a chart frame (600 × 288), and a
 * ResizeObserver that never reports, so a chart measures its parent as a browser would on first
 * paint. Undo with `vi.unstubAllGlobals()` and `vi.restoreAllMocks()`.
 */
export function layOutAtChartSize(): void {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ width: 600, height: 288 }),
  );
}

/** The drawn lines of a Recharts chart, one per score shown. */
export const chartLines = (container: HTMLElement) => [
  ...container.querySelectorAll('path.recharts-line-curve'),
];

/** How many separate pieces a drawn line has: one more than the gaps in it. */
export const piecesOf = (line: Element) => line.getAttribute('d')?.match(/M/g)?.length ?? 0;
