// Server data goes through TanStack Query, loaded with the features that fetch (not with the
// shell: the first screen needs none of it). Personal data is never kept across people: short
// cache, one retry, cleared on logout and at the end of a kiosk session.
import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 60_000, gcTime: 5 * 60_000, retry: 1, refetchOnWindowFocus: false },
  },
});

export function WithQueries({ children }: { readonly children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
