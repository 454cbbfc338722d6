import { vi } from 'vitest';

const FRAME = { width: 600, height: 288 };

/**
 * jsdom lays nothing out: give every element the size of a chart frame (600 × 288), and a
 * ResizeObserver that reports that size once when an element is first observed, as a browser does
 * after the first layout. Undo with `vi.unstubAllGlobals()` and `vi.restoreAllMocks()`.
 */
export function layOutAtChartSize(): void {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly report: ResizeObserverCallback) {}
      observe(target: Element) {
        const entry = { target, contentRect: DOMRect.fromRect(FRAME) } as ResizeObserverEntry;
        queueMicrotask(() => this.report([entry], this as unknown as ResizeObserver));
      }
      unobserve() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect(FRAME));
}

/** The drawn lines of a score chart, one per score shown. */
export const chartLines = (container: HTMLElement) => [...container.querySelectorAll('path.score-line')];

/** The dots that mark a day's score on a score chart. */
export const chartDots = (container: HTMLElement) => [...container.querySelectorAll('circle.score-dot')];

/** How many separate pieces a drawn line has: one more than the gaps in it. */
export const piecesOf = (line: Element) => line.getAttribute('d')?.match(/M/g)?.length ?? 0;
