import { chatModelListSchema, type ModelCapability } from '@jumugwan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiJson } from '../../api/api-request';
import { modelsWithCapability } from './models-with-capability';

/** Capabilities a user picks a model for in the web UI (embedding and rerank are API-only). */
export type PickableCapability = Extract<ModelCapability, 'chat' | 'image' | 'translation'>;

/** Prefix of every model-list query: invalidate it after endpoints or model settings change. */
export const availableModelsKey = ['models'] as const;

function availableModelQuery(capability: PickableCapability) {
  return queryOptions({
    queryKey: [...availableModelsKey, capability],
    queryFn: ({ signal }) => apiJson(`/api/models?capability=${capability}`, chatModelListSchema, { signal }),
    // The server filters already; checking again keeps e.g. an embedding model out of the chat picker.
    select: (list) => modelsWithCapability(list.models, capability),
  });
}

/** GET /api/models?capability=…: the models of enabled endpoints that a user may pick, per capability. */
export const availableModelQueries = {
  chat: availableModelQuery('chat'),
  image: availableModelQuery('image'),
  translation: availableModelQuery('translation'),
} as const;
