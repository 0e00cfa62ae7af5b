import { sessionResponseSchema, type SessionResponse } from '@jumugwan/contracts';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { apiJson } from '../../api/api-request';
import { setCsrfToken } from '../../api/csrf-token';

async function fetchSession(signal: AbortSignal): Promise<SessionResponse> {
  // A 401 here is the route guard's to handle, not a reason to show the global "signed out" redirect.
  const session = await apiJson('/api/session', sessionResponseSchema, {
    signal,
    redirectOnUnauthenticated: false,
  });
  setCsrfToken(session.csrfToken);
  return session;
}

/**
 * The signed-in session. It is fetched once per page load and never refetched in the background: expiry is
 * noticed through the 401 of whatever call comes next.
 */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: ({ signal }) => fetchSession(signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
  refetchOnWindowFocus: false,
});

/** Stores a session answered by login or setup, so the app opens without asking again. */
export function rememberSession(queryClient: QueryClient, session: SessionResponse): void {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(sessionQuery.queryKey, session);
}
