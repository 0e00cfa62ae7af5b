import { directoryDepartmentListSchema, directoryUserListSchema } from '@jumugwan/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiJson } from '../../api/api-request';

/** The organisation directory any signed-in person may read, to share a collection or pick a department. */
export const directoryKeys = {
  all: ['directory'] as const,
  departments: () => [...directoryKeys.all, 'departments'] as const,
  users: (query: string) => [...directoryKeys.all, 'users', query] as const,
};

/** GET /api/directory/departments: the active departments, in the server's tree order. */
export const directoryDepartmentQuery = queryOptions({
  queryKey: directoryKeys.departments(),
  queryFn: ({ signal }) => apiJson('/api/directory/departments', directoryDepartmentListSchema, { signal }),
  select: (list) => list.departments,
  staleTime: 5 * 60_000,
});

/**
 * GET /api/directory/users?query=: active colleagues by name or 사번, at most 20. The server refuses an
 * empty query, so callers enable it only with some text.
 */
export function directoryUserQuery(query: string) {
  return queryOptions({
    queryKey: directoryKeys.users(query),
    queryFn: ({ signal }) =>
      apiJson(`/api/directory/users?${new URLSearchParams({ query }).toString()}`, directoryUserListSchema, {
        signal,
      }),
    select: (list) => list.users,
    // The previous results stay while the next search loads, so the list does not flicker while typing.
    placeholderData: keepPreviousData,
    enabled: query !== '',
  });
}
