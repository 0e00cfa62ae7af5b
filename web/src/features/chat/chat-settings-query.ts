import { chatSettingsSchema } from '@jumugwan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiJson } from '../../api/api-request';

export const chatSettingsQuery = queryOptions({
  queryKey: ['chat', 'settings'] as const,
  queryFn: ({ signal }) => apiJson('/api/chat/settings', chatSettingsSchema, { signal }),
  // An administrator rarely changes it; a 409 retention_none refreshes it at once.
  staleTime: 5 * 60_000,
});
