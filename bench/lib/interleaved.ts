import { percentile, round } from './timing';

/**
 * Times several requests in turn (a, b, c, a, b, c, …) so each sees the same machine noise, after
 * a few untimed warm-up rounds; returns each one's p50 and p90 in ms.
 */
export async function timeInterleaved(
  requests: Record<string, () => Promise<unknown>>,
  samples: number,
  warmup = 5,
): Promise<Record<string, { p50Ms: number; p90Ms: number; samples: number }>> {
  const entries = Object.entries(requests);
  const durations = new Map<string, number[]>(entries.map(([name]) => [name, []]));
  for (let i = 0; i < warmup + samples; i += 1) {
    for (const [name, request] of entries) {
      const started = performance.now();
      await request();
      if (i >= warmup) durations.get(name)!.push(performance.now() - started);
    }
  }
  return Object.fromEntries(
    entries.map(([name]) => {
      const values = durations.get(name)!;
      return [name, { p50Ms: round(percentile(values, 50)), p90Ms: round(percentile(values, 90)), samples }];
    }),
  );
}
