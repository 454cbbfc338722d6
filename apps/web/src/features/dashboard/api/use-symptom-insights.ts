import type { SymptomInsights } from '@hormohelp/contracts';
import { useEffect, useState } from 'react';
import { api } from '@/lib/api-client';

/** GET /api/symptoms/insights; null while loading and when it failed (the card then stays hidden). */
export function useSymptomInsights(): SymptomInsights | null {
  const [insights, setInsights] = useState<SymptomInsights | null>(null);
  useEffect(() => {
    let cancelled = false;
    api.get<SymptomInsights>('/api/symptoms/insights').then(
      ({ data }) => {
        if (!cancelled) setInsights(data);
      },
      () => {
        // Insights are extra: the dashboard's own request reports a failing API.
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return insights;
}
