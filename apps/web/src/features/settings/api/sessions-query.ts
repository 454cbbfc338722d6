import type { SessionList } from '@hormohelp/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The person's active logins (GET /auth/sessions), this device's marked `current`. */
export function sessionsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.sessions.all,
    queryFn: async ({ signal }) => {
      const data = await api.get('auth/sessions', { signal }).json<SessionList>();
      return data.items;
    },
  });
}
