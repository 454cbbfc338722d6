import { measureInitialLoad } from '../lib/bundle-size';
import { atMost, type FigureRow, row } from '../lib/figure';
import { round } from '../lib/timing';

/** The two public pages a newcomer lands on, and the module each route lazily loads. */
export const FIRST_LOAD_PAGES = [
  { path: '/', name: 'home', module: 'src/features/home/home-page.tsx' },
  { path: '/login', name: 'login', module: 'src/features/auth/login-page.tsx' },
];

export const FIRST_LOAD_ROWS = FIRST_LOAD_PAGES.flatMap((page) => [
  {
    id: `firstload.${page.name}.js`,
    figure: `First load of ${page.path}: JavaScript (gzip)`,
    unit: 'KB',
    bar: atMost(100),
  },
  {
    id: `firstload.${page.name}.css`,
    figure: `First load of ${page.path}: CSS (gzip)`,
    unit: 'KB',
    bar: atMost(15),
  },
]);

/** Gzip size (KB of 1,000 bytes) of the JS and CSS `/` and `/login` need first, in the production build. */
export async function measureFirstLoad(distDir: string): Promise<FigureRow[]> {
  const rows: FigureRow[] = [];
  for (const page of FIRST_LOAD_PAGES) {
    const load = await measureInitialLoad(distDir, page.module);
    const [jsSpec, cssSpec] = FIRST_LOAD_ROWS.filter((spec) => spec.id.startsWith(`firstload.${page.name}.`));
    rows.push(
      row({ ...jsSpec!, measured: round(load.jsGzipBytes / 1000, 1), details: { files: load.files } }),
      row({ ...cssSpec!, measured: round(load.cssGzipBytes / 1000, 1) }),
    );
  }
  return rows;
}
