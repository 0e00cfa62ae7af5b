import { setupStatusSchema } from '@jumugwan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiJson } from '../../api/api-request';

export const setupStatusQuery = queryOptions({
  queryKey: ['setup'],
  queryFn: ({ signal }) =>
    apiJson('/api/setup', setupStatusSchema, { signal, redirectOnUnauthenticated: false }),
  retry: false,
});
