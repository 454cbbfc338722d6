/**
 * The query cache's keys, one tree per resource of the API. They live here, not in a feature,
 * because a write in one feature changes what another shows (a saved log moves the dashboard's
 * figures, the tracker's history and the report) and invalidates by the resource's root:
 * `invalidateQueries({ queryKey: queryKeys.symptoms.all })` reads every symptom view again.
 */
export const queryKeys = {
  symptoms: {
    all: ['symptoms'] as const,
    /** A page list of logs; `params` is the request's query (limit, from, to...). */
    logs: (params: Record<string, unknown> = {}) => ['symptoms', 'logs', params] as const,
    stats: (params: { days: number }) => ['symptoms', 'stats', params] as const,
    insights: () => ['symptoms', 'insights'] as const,
  },
  consent: {
    all: ['consent'] as const,
  },
  posts: {
    all: ['posts'] as const,
    /** Every topic's feed at once, for a change that shows in all of them (a like, a deleted post). */
    feeds: ['posts', 'feed'] as const,
    feed: (category: string | null) => ['posts', 'feed', { category }] as const,
    comments: (postId: string) => ['posts', 'comments', postId] as const,
  },
  shop: {
    products: () => ['shop', 'products'] as const,
    cart: () => ['shop', 'cart'] as const,
    orders: () => ['shop', 'orders'] as const,
  },
  consultations: {
    experts: () => ['consultations', 'experts'] as const,
    bookings: () => ['consultations', 'bookings'] as const,
  },
  sessions: {
    all: ['sessions'] as const,
  },
} as const;
