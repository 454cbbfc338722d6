import { atMostRatio, type FigureRow, row } from '../lib/figure';
import { timeInterleaved } from '../lib/interleaved';
import type { BenchSize } from '../lib/options';
import type { BenchService } from '../lib/services';
import { getJson } from '../lib/timing';

export const FEED_DEPTH_ROWS = [
  { id: 'feed.depth', figure: 'Feed: p50 of a deep page vs the first', unit: 'ms', bar: atMostRatio(1.5) },
];

const PAGE_SIZE = 20;

interface FeedPage {
  items: Array<{ id: string }>;
  nextCursor: string | null;
}

/**
 * Walks the keyset cursor of GET /api/posts once down to page `deepPage`, then times the first page
 * and that deep page in turn. With keyset pagination the deep page costs what the first one does;
 * with OFFSET it would grow with the depth.
 */
export async function measureFeedDepth(input: {
  api: BenchService;
  token: string;
  size: BenchSize;
}): Promise<FigureRow[]> {
  const firstUrl = `${input.api.url}/api/posts?limit=${PAGE_SIZE}`;
  let cursor: string | null = null;
  let firstIdOfDeepPage = '';
  for (let page = 1; page < input.size.deepPage; page += 1) {
    const body: FeedPage = await getJson<FeedPage>(
      cursor ? `${firstUrl}&cursor=${encodeURIComponent(cursor)}` : firstUrl,
      input.token,
    );
    cursor = body.nextCursor;
    if (!cursor) throw new Error(`the feed ended at page ${page}, before page ${input.size.deepPage}`);
  }
  const deepUrl = `${firstUrl}&cursor=${encodeURIComponent(cursor!)}`;
  const deep = await getJson<FeedPage>(deepUrl, input.token);
  if (deep.items.length !== PAGE_SIZE)
    throw new Error(`page ${input.size.deepPage} has ${deep.items.length} posts`);
  firstIdOfDeepPage = deep.items[0]!.id;

  const timings = await timeInterleaved(
    { first: () => getJson(firstUrl, input.token), deep: () => getJson(deepUrl, input.token) },
    input.size.latencySamples,
  );
  return [
    row({
      ...FEED_DEPTH_ROWS[0]!,
      figure: `Feed: p50 of page ${input.size.deepPage} vs the first`,
      measured: timings.deep!.p50Ms,
      ceiling: timings.first!.p50Ms,
      ceilingLabel: 'p50 of page 1',
      details: { pageSize: PAGE_SIZE, deepPage: input.size.deepPage, firstIdOfDeepPage, timings },
    }),
  ];
}
