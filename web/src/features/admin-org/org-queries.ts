import { departmentListSchema, userListSchema } from '@jumugwan/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiJson } from '../../api/api-request';

export const orgKeys = {
  all: ['admin', 'org'] as const,
  departments: () => [...orgKeys.all, 'departments'] as const,
  users: (search: UserSearch) => [...orgKeys.all, 'users', search] as const,
};

export interface UserSearch {
  query: string;
  offset: number;
  limit: number;
}

export const departmentListQuery = queryOptions({
  queryKey: orgKeys.departments(),
  queryFn: ({ signal }) => apiJson('/api/admin/org/departments', departmentListSchema, { signal }),
  select: (list) => list.departments,
});

export function userListQuery(search: UserSearch) {
  const parameters = new URLSearchParams({
    query: search.query,
    offset: String(search.offset),
    limit: String(search.limit),
  });
  return queryOptions({
    queryKey: orgKeys.users(search),
    queryFn: ({ signal }) =>
      apiJson(`/api/admin/org/users?${parameters.toString()}`, userListSchema, { signal }),
    // Keep the current page on screen while the next one or a new search loads.
    placeholderData: keepPreviousData,
  });
}
