import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type RenderOptions, render as renderElement } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';

export * from '@testing-library/react';

/** A cache of its own for each test, retrying nothing, so a failure shows at once. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 30_000 }, mutations: { retry: false } },
  });
}

/** Testing Library's render, inside a fresh query cache as the app's providers give one. */
export function render(ui: ReactElement, options: RenderOptions & { queryClient?: QueryClient } = {}) {
  const { queryClient = createTestQueryClient(), wrapper: Inner, ...rest } = options;
  // biome-ignore lint/correctness/noComponentHookFactories: made once per render call, and Testing Library keeps that one wrapper for the render's rerenders.
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      {Inner ? <Inner>{children}</Inner> : children}
    </QueryClientProvider>
  );
  return { queryClient, ...renderElement(ui, { wrapper: Wrapper, ...rest }) };
}
