import {
  guidelineAcknowledgementStatsSchema,
  guidelinesStatusSchema,
  type GuidelineContentInput,
} from '@jumugwan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-fetch';
import { apiJson } from '../../api/api-request';

export const guidelineKeys = {
  all: ['guidelines'] as const,
  status: () => [...guidelineKeys.all, 'status'] as const,
  acknowledgements: () => [...guidelineKeys.all, 'acknowledgements'] as const,
};

/** How often an open app asks whether a new version was published (it also asks when the tab regains focus). */
const statusRefreshMilliseconds = 10 * 60_000;

/** GET /api/guidelines: the current version and whether the caller must (again) acknowledge it. */
export const guidelinesStatusQuery = queryOptions({
  queryKey: guidelineKeys.status(),
  queryFn: ({ signal }) => apiJson('/api/guidelines', guidelinesStatusSchema, { signal }),
  staleTime: 60_000,
  refetchInterval: statusRefreshMilliseconds,
  refetchOnWindowFocus: true,
});

/** POST /api/guidelines/acknowledge; an outdated version is refused with 409 guidelines_outdated. */
export async function acknowledgeGuidelines(version: number): Promise<void> {
  await apiFetch('/api/guidelines/acknowledge', { method: 'POST', body: { version } });
}

/** PUT /api/admin/guidelines: publishes a new version; everyone acknowledges again. */
export async function publishGuidelines(content: GuidelineContentInput): Promise<void> {
  await apiFetch('/api/admin/guidelines', { method: 'PUT', body: { content } });
}

export const acknowledgementStatsQuery = queryOptions({
  queryKey: guidelineKeys.acknowledgements(),
  queryFn: ({ signal }) =>
    apiJson('/api/admin/guidelines/acknowledgements', guidelineAcknowledgementStatsSchema, { signal }),
});
