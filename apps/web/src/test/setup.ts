import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazy page chunks are transformed on first import, which can take more than the default second.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no matchMedia; react-hot-toast asks it for prefers-reduced-motion. Nothing matches here.
if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}

// jsdom has no ResizeObserver either, and lays nothing out: an observed element never resizes here.
// Tests that need a drawn chart stub one that reports a size (src/test/chart-layout.ts).
if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});
