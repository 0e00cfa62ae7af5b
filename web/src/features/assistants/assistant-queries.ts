import {
  assistantDetailSchema,
  assistantGallerySchema,
  assistantVersionListSchema,
  assistantVersionSchema,
  type AssistantDetail,
  type AssistantSharingInput,
  type CreateAssistantRequest,
  type PublishExampleRequest,
  type UpdateAssistantRequest,
} from '@jumugwan/contracts';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiJson, apiNoContent } from '../../api/api-request';
import { assistantModelListSchema } from './assistant-model-list-schema';
import { galleryQueryString, type GallerySearch } from './gallery-search';

const basePath = '/api/assistants';

/** How many cards one page of the gallery asks for. */
export const galleryPageSize = 60;

export const assistantKeys = {
  all: ['assistants'] as const,
  galleries: () => [...assistantKeys.all, 'gallery'] as const,
  gallery: (search: GallerySearch) => [...assistantKeys.galleries(), search] as const,
  models: () => [...assistantKeys.all, 'models'] as const,
  details: () => [...assistantKeys.all, 'detail'] as const,
  detail: (id: string) => [...assistantKeys.details(), id] as const,
  versions: (id: string) => [...assistantKeys.detail(id), 'versions'] as const,
  version: (id: string, number: number) => [...assistantKeys.versions(id), number] as const,
};

export function assistantPath(id: string): string {
  return `${basePath}/${encodeURIComponent(id)}`;
}

/** GET /api/assistants, page by page ("더 보기"), filtered and sorted as the gallery's address says. */
export function galleryQuery(search: GallerySearch) {
  return infiniteQueryOptions({
    queryKey: assistantKeys.gallery(search),
    queryFn: ({ signal, pageParam }) =>
      apiJson(
        `${basePath}?${galleryQueryString(search, { limit: galleryPageSize, offset: pageParam })}`,
        assistantGallerySchema,
        { signal },
      ),
    initialPageParam: 0,
    getNextPageParam: (lastPage, pages) => {
      const loaded = pages.reduce((count, page) => count + page.assistants.length, 0);
      return lastPage.assistants.length > 0 && loaded < lastPage.total ? loaded : undefined;
    },
  });
}

export function assistantDetailQuery(id: string) {
  return queryOptions({
    queryKey: assistantKeys.detail(id),
    queryFn: ({ signal }) => apiJson(assistantPath(id), assistantDetailSchema, { signal }),
    // A 404 (not found, or not shared with the caller) will not change by asking again.
    retry: false,
  });
}

/** The chat models an assistant may name as its default, each with where it runs. */
export const assistantModelsQuery = queryOptions({
  queryKey: assistantKeys.models(),
  queryFn: ({ signal }) => apiJson(`${basePath}/models`, assistantModelListSchema, { signal }),
  staleTime: 60_000,
});

export function assistantVersionsQuery(id: string) {
  return queryOptions({
    queryKey: assistantKeys.versions(id),
    queryFn: ({ signal }) => apiJson(`${assistantPath(id)}/versions`, assistantVersionListSchema, { signal }),
    select: (list) => list.versions,
  });
}

/** A version never changes once written, so it is fetched once. */
export function assistantVersionQuery(id: string, number: number) {
  return queryOptions({
    queryKey: assistantKeys.version(id, number),
    queryFn: ({ signal }) =>
      apiJson(`${assistantPath(id)}/versions/${String(number)}`, assistantVersionSchema, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function createAssistant(request: CreateAssistantRequest): Promise<AssistantDetail> {
  return apiJson(basePath, assistantDetailSchema, { method: 'POST', body: request });
}

/** Saves a new version; 409 `version_conflict` when someone saved since `baseVersion`. */
export function updateAssistant(id: string, request: UpdateAssistantRequest): Promise<AssistantDetail> {
  return apiJson(assistantPath(id), assistantDetailSchema, { method: 'PUT', body: request });
}

export function updateSharing(id: string, sharing: AssistantSharingInput): Promise<void> {
  return apiNoContent(`${assistantPath(id)}/sharing`, { method: 'PUT', body: sharing });
}

/** Archives the assistant: it leaves the gallery, its conversations stay. */
export function archiveAssistant(id: string): Promise<void> {
  return apiNoContent(assistantPath(id), { method: 'DELETE' });
}

/** Writes a new version with the content of an older one. */
export function rollbackAssistant(id: string, version: number): Promise<void> {
  return apiNoContent(`${assistantPath(id)}/rollback`, { method: 'POST', body: { version } });
}

export function setAssistantSaved(id: string, saved: boolean): Promise<void> {
  return apiNoContent(
    `${assistantPath(id)}/save`,
    saved ? { method: 'PUT', body: {} } : { method: 'DELETE' },
  );
}

export function rateAssistant(id: string, stars: number): Promise<void> {
  return apiNoContent(`${assistantPath(id)}/rating`, { method: 'PUT', body: { stars } });
}

export function publishExample(id: string, example: PublishExampleRequest): Promise<void> {
  return apiNoContent(`${assistantPath(id)}/examples`, { method: 'POST', body: example });
}

export function deleteExample(id: string, exampleId: string): Promise<void> {
  return apiNoContent(`${assistantPath(id)}/examples/${encodeURIComponent(exampleId)}`, {
    method: 'DELETE',
  });
}

/** A private copy the caller owns, to change as they like. */
export function copyAssistant(id: string): Promise<AssistantDetail> {
  return apiJson(`${assistantPath(id)}/copy`, assistantDetailSchema, { method: 'POST', body: {} });
}
