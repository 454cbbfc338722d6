import { FIRST_LOAD_ROUTES, type FirstLoadRoute, measureInitialLoad } from '../lib/bundle-size';
import { atMost, type FigureRow, row } from '../lib/figure';
import { round } from '../lib/timing';

function rowSpecs(route: FirstLoadRoute) {
  return {
    js: {
      id: `firstload.${route.name}.js`,
      figure: `First load of ${route.path}: JavaScript (gzip)`,
      unit: 'KB',
      bar: atMost(route.jsBudgetKb),
    },
    css: {
      id: `firstload.${route.name}.css`,
      figure: `First load of ${route.path}: CSS (gzip)`,
      unit: 'KB',
      bar: atMost(route.cssBudgetKb),
    },
  };
}

/** One JavaScript and one CSS row per route: public pages, then the signed-in ones. */
export const FIRST_LOAD_ROWS = FIRST_LOAD_ROUTES.flatMap((route) => {
  const specs = rowSpecs(route);
  return [specs.js, specs.css];
});

/**
 * Gzip size (KB of 1,000 bytes) of the JS and CSS each route needs before its page renders, in the
 * production build: the entry, and the route's layout and page chunks, each with its static imports.
 */
export async function measureFirstLoad(distDir: string): Promise<FigureRow[]> {
  return FIRST_LOAD_ROUTES.flatMap((route) => {
    const load = measureInitialLoad(distDir, route.modules);
    const specs = rowSpecs(route);
    return [
      row({ ...specs.js, measured: round(load.jsGzipBytes / 1000, 1), details: { files: load.files } }),
      row({ ...specs.css, measured: round(load.cssGzipBytes / 1000, 1) }),
    ];
  });
}
