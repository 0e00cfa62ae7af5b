import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Short enough to stay current, long enough that data just written by the client is not refetched at once.
      staleTime: 10_000,
      // Retrying a 4xx (forbidden, not found, validation) cannot succeed; network hiccups may.
      retry: (failureCount, error) =>
        failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});
