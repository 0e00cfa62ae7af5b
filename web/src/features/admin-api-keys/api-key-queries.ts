import { apiKeyCreatedSchema, apiKeyListSchema, type ApiKeyInput } from '@jumugwan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiJson, apiNoContent } from '../../api/api-request';

const basePath = '/api/admin/api-keys';

export const apiKeyListQuery = queryOptions({
  queryKey: ['admin', 'api-keys'],
  queryFn: ({ signal }) => apiJson(basePath, apiKeyListSchema, { signal }),
  select: (list) => list.keys,
});

/** The answer is the only place the full key ever appears. */
export function createApiKey(input: ApiKeyInput) {
  return apiJson(basePath, apiKeyCreatedSchema, { method: 'POST', body: input });
}

export function revokeApiKey(keyId: string): Promise<void> {
  return apiNoContent(`${basePath}/${encodeURIComponent(keyId)}/revoke`, { method: 'POST' });
}
