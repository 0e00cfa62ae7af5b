import { knowledgeCollectionListSchema } from '@jumugwan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiJson } from '../../api/api-request';

/**
 * The collections the user may ground an answer in (every one they may read). Same key and request as
 * the knowledge pages' list, so a collection created there shows here at once.
 */
export const chatCollectionsQuery = queryOptions({
  queryKey: ['knowledge', 'collections'] as const,
  queryFn: ({ signal }) => apiJson('/api/knowledge/collections', knowledgeCollectionListSchema, { signal }),
  select: (list) => list.collections,
  staleTime: 60_000,
});
