import { chatModelListSchema } from '@jumugwan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiJson } from '../../api/api-request';

export const chatModelQuery = queryOptions({
  queryKey: ['models'],
  queryFn: ({ signal }) => apiJson('/api/models', chatModelListSchema, { signal }),
  select: (list) => list.models,
});
