import {
  connectionTestResultSchema,
  modelEndpointListSchema,
  type ModelEndpointInput,
} from '@jumugwan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-fetch';
import { apiJson, apiNoContent } from '../../api/api-request';

const basePath = '/api/admin/model-endpoints';

function endpointPath(endpointId: string): string {
  return `${basePath}/${encodeURIComponent(endpointId)}`;
}

export const modelEndpointListQuery = queryOptions({
  queryKey: ['admin', 'model-endpoints'],
  queryFn: ({ signal }) => apiJson(basePath, modelEndpointListSchema, { signal }),
  select: (list) => list.endpoints,
});

/** The list is refetched afterwards, so the created or updated endpoint in the answer is not needed. */
export async function createModelEndpoint(input: ModelEndpointInput): Promise<void> {
  await apiFetch(basePath, { method: 'POST', body: input });
}

export async function updateModelEndpoint(
  endpointId: string,
  input: Partial<ModelEndpointInput>,
): Promise<void> {
  await apiFetch(endpointPath(endpointId), { method: 'PATCH', body: input });
}

export function deleteModelEndpoint(endpointId: string): Promise<void> {
  return apiNoContent(endpointPath(endpointId), { method: 'DELETE' });
}

export function testModelEndpoint(endpointId: string) {
  return apiJson(`${endpointPath(endpointId)}/test`, connectionTestResultSchema, { method: 'POST' });
}
