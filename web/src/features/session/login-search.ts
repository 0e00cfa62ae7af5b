export type LoginReason = 'session_expired' | 'unauthenticated' | 'logged_out';

export interface LoginSearch {
  reason?: LoginReason;
  redirect?: string;
}

const reasons: readonly LoginReason[] = ['session_expired', 'unauthenticated', 'logged_out'];

/** Validates /login's query string; unknown values are dropped rather than trusted. */
export function parseLoginSearch(search: Record<string, unknown>): LoginSearch {
  const reason = reasons.find((candidate) => candidate === search.reason);
  const redirect = typeof search.redirect === 'string' ? search.redirect : undefined;
  return {
    ...(reason === undefined ? {} : { reason }),
    ...(redirect === undefined ? {} : { redirect }),
  };
}
