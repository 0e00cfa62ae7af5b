import {
  assistantGallerySchema,
  useCaseAttachmentListSchema,
  useCaseDetailSchema,
  useCaseListSchema,
  type ExportCaseBookRequest,
  type ReviewUseCaseRequest,
  type SaveUseCaseRequest,
  type UseCaseDetail,
  type UseCaseList,
} from '@jumugwan/contracts';
import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-fetch';
import { apiJson } from '../../api/api-request';
import { uploadWithProgress } from '../../api/upload-with-progress';
import { caseListPath, type CaseListParameters } from './case-list-path';

export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (parameters: CaseListParameters) => [...caseKeys.lists(), parameters] as const,
  pages: (filters: CaseListFilters) => [...caseKeys.lists(), 'pages', filters] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
  assistants: () => [...caseKeys.all, 'assistants'] as const,
};

export function casePath(id: string): string {
  return `/api/cases/${encodeURIComponent(id)}`;
}

/** GET /api/cases: one page of cards; the previous page stays on screen while filters change. */
export function caseListQuery(parameters: CaseListParameters) {
  return queryOptions({
    queryKey: caseKeys.list(parameters),
    queryFn: ({ signal }) => apiJson(caseListPath(parameters), useCaseListSchema, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function caseDetailQuery(id: string) {
  return queryOptions({
    queryKey: caseKeys.detail(id),
    queryFn: ({ signal }) => apiJson(casePath(id), useCaseDetailSchema, { signal }),
  });
}

/** The assistants the author may name (GET /api/assistants?filter=all), for the form's select. */
export const caseAssistantOptionsQuery = queryOptions({
  queryKey: caseKeys.assistants(),
  queryFn: ({ signal }) =>
    apiJson('/api/assistants?filter=all&sort=name&limit=100', assistantGallerySchema, { signal }),
  select: (gallery) => gallery.assistants,
  staleTime: 60_000,
});

export type CaseListFilters = Omit<CaseListParameters, 'limit' | 'offset'>;

/** Cards shown per 더 보기. */
export const casePageSize = 30;

/** The book's cards, 30 at a time (더 보기 asks for the next 30). */
export function casePagesQuery(filters: CaseListFilters) {
  return infiniteQueryOptions({
    queryKey: caseKeys.pages(filters),
    queryFn: ({ pageParam, signal }) =>
      apiJson(caseListPath({ ...filters, limit: casePageSize, offset: pageParam }), useCaseListSchema, {
        signal,
      }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.cases.length, 0);
      return last.cases.length > 0 && loaded < last.total ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
}

/** Platform admins export up to 500 cases: every published case, read 100 at a time. */
export async function fetchAllPublishedCases(signal: AbortSignal): Promise<UseCaseList> {
  const pageSize = 100;
  const maximum = 500;
  const first = await apiJson(
    caseListPath({ view: 'published', sort: 'recent', limit: pageSize, offset: 0 }),
    useCaseListSchema,
    { signal },
  );
  const cases = [...first.cases];
  while (cases.length < Math.min(first.total, maximum)) {
    const next = await apiJson(
      caseListPath({ view: 'published', sort: 'recent', limit: pageSize, offset: cases.length }),
      useCaseListSchema,
      { signal },
    );
    if (next.cases.length === 0) break;
    cases.push(...next.cases);
  }
  return { cases, total: first.total };
}

export function createCase(request: SaveUseCaseRequest): Promise<UseCaseDetail> {
  return apiJson('/api/cases', useCaseDetailSchema, { method: 'POST', body: request });
}

export function updateCase(id: string, request: SaveUseCaseRequest): Promise<UseCaseDetail> {
  return apiJson(casePath(id), useCaseDetailSchema, { method: 'PUT', body: request });
}

export function deleteCase(id: string): Promise<void> {
  return caseAction(casePath(id), 'DELETE');
}

/**
 * The answers of the actions below are not needed: the page asks for the case again, so it shows what the
 * server now holds whatever the action answered.
 */
async function caseAction(path: string, method: 'POST' | 'PUT' | 'DELETE', body?: unknown): Promise<void> {
  await apiFetch(path, { method, ...(body === undefined ? {} : { body }) });
}

export function submitCase(id: string): Promise<void> {
  return caseAction(`${casePath(id)}/submit`, 'POST', {});
}

export function reviewCase(id: string, request: ReviewUseCaseRequest): Promise<void> {
  return caseAction(`${casePath(id)}/review`, 'POST', request);
}

export function setCaseLiked(id: string, liked: boolean): Promise<void> {
  return caseAction(`${casePath(id)}/like`, liked ? 'PUT' : 'DELETE');
}

export function addCaseComment(id: string, body: string): Promise<void> {
  return caseAction(`${casePath(id)}/comments`, 'POST', { body });
}

export function deleteCaseComment(id: string, commentId: string): Promise<void> {
  return caseAction(`${casePath(id)}/comments/${encodeURIComponent(commentId)}`, 'DELETE');
}

/** One file per request (the server takes several), so each has its own progress bar and outcome. */
export function uploadCaseAttachment(
  id: string,
  file: File,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<{ attachments: UseCaseDetail['attachments'] }> {
  const form = new FormData();
  form.append('file', file, file.name);
  return uploadWithProgress(`${casePath(id)}/attachments`, form, useCaseAttachmentListSchema, {
    onProgress,
    signal,
  });
}

/** The file, served as an attachment: a plain link downloads it with the session cookie. */
export function caseAttachmentUrl(id: string, attachmentId: string): string {
  return `${casePath(id)}/attachments/${encodeURIComponent(attachmentId)}`;
}

export function deleteCaseAttachment(id: string, attachmentId: string): Promise<void> {
  return caseAction(caseAttachmentUrl(id, attachmentId), 'DELETE');
}

/** POST /api/admin/cases/export: the answer is the file; the caller reads it with progress. */
export function requestCaseBook(request: ExportCaseBookRequest, signal?: AbortSignal): Promise<Response> {
  return apiFetch('/api/admin/cases/export', {
    method: 'POST',
    body: request,
    accept: '*/*',
    ...(signal === undefined ? {} : { signal }),
  });
}
