import {
  bannedWordListSchema,
  bannedWordListsSchema,
  departmentRetentionListSchema,
  guardPolicyResponseSchema,
  guardTestResponseSchema,
  type BannedWordListInput,
  type GuardPolicy,
  type RetentionMode,
} from '@jumugwan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiJson, apiNoContent } from '../../api/api-request';

const basePath = '/api/admin/guard';

export const guardKeys = {
  all: ['admin', 'guard'] as const,
  policy: () => [...guardKeys.all, 'policy'] as const,
  departmentRetention: () => [...guardKeys.all, 'department-retention'] as const,
  bannedWords: () => [...guardKeys.all, 'banned-words'] as const,
};

export const guardPolicyQuery = queryOptions({
  queryKey: guardKeys.policy(),
  queryFn: ({ signal }) => apiJson(`${basePath}/policy`, guardPolicyResponseSchema, { signal }),
});

/** The answer is the saved policy, which replaces the cached one. */
export function saveGuardPolicy(policy: GuardPolicy) {
  return apiJson(`${basePath}/policy`, guardPolicyResponseSchema, { method: 'PUT', body: policy });
}

export const departmentRetentionQuery = queryOptions({
  queryKey: guardKeys.departmentRetention(),
  queryFn: ({ signal }) =>
    apiJson(`${basePath}/department-retention`, departmentRetentionListSchema, { signal }),
  select: (list) => list.departments,
});

/** null removes the department's override, so it follows its parent or the institution again. */
export function setDepartmentRetention(departmentId: string, retention: RetentionMode | null): Promise<void> {
  return apiNoContent(`${basePath}/departments/${encodeURIComponent(departmentId)}/retention`, {
    method: 'PUT',
    body: { retention },
  });
}

export const bannedWordListsQuery = queryOptions({
  queryKey: guardKeys.bannedWords(),
  queryFn: ({ signal }) => apiJson(`${basePath}/banned-words`, bannedWordListsSchema, { signal }),
  select: (list) => list.lists,
});

function bannedWordListPath(listId: string): string {
  return `${basePath}/banned-words/${encodeURIComponent(listId)}`;
}

export function createBannedWordList(input: BannedWordListInput) {
  return apiJson(`${basePath}/banned-words`, bannedWordListSchema, { method: 'POST', body: input });
}

export function updateBannedWordList(listId: string, input: BannedWordListInput) {
  return apiJson(bannedWordListPath(listId), bannedWordListSchema, { method: 'PUT', body: input });
}

export function deleteBannedWordList(listId: string): Promise<void> {
  return apiNoContent(bannedWordListPath(listId), { method: 'DELETE' });
}

export interface GuardTestRequest {
  text: string;
  location: 'internal' | 'external';
}

/** What the saved policy would do to the text; the server records nothing. */
export function testGuard(request: GuardTestRequest) {
  return apiJson(`${basePath}/test`, guardTestResponseSchema, { method: 'POST', body: request });
}
