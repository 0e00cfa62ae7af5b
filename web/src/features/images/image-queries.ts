import {
  generatedImageListSchema,
  generatedImageSchema,
  type GenerateImageRequest,
} from '@jumugwan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiJson, apiNoContent } from '../../api/api-request';
import { sortNewestFirst } from './sort-newest-first';

/** The signed-in user's own images, newest first. */
export const imageListQuery = queryOptions({
  queryKey: ['images'],
  queryFn: ({ signal }) => apiJson('/api/images', generatedImageListSchema, { signal }),
  select: (list) => sortNewestFirst(list.images),
});

/** Can take a minute: the server waits for the image model before answering. */
export function generateImage(request: GenerateImageRequest) {
  return apiJson('/api/images', generatedImageSchema, { method: 'POST', body: request });
}

export function deleteImage(imageId: string): Promise<void> {
  return apiNoContent(`/api/images/${encodeURIComponent(imageId)}`, { method: 'DELETE' });
}
