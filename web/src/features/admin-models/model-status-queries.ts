import { modelStatusListSchema, type ModelSettingsInput } from '@jumugwan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiJson, apiNoContent } from '../../api/api-request';

/** Every model with its capability, fallbacks and deployment health (GET /api/admin/models). */
export const modelStatusKey = ['admin', 'models'] as const;

export const modelStatusListQuery = queryOptions({
  queryKey: modelStatusKey,
  queryFn: ({ signal }) => apiJson('/api/admin/models', modelStatusListSchema, { signal }),
  select: (list) => list.models,
});

export function saveModelSettings(modelId: string, input: ModelSettingsInput): Promise<void> {
  return apiNoContent(`/api/admin/models/${encodeURIComponent(modelId)}/settings`, {
    method: 'PUT',
    body: input,
  });
}
