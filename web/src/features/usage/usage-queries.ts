import {
  subscriptionStatusSchema,
  usageDashboardSchema,
  usageReportListSchema,
  usageReportSchema,
  type UsageReportInput,
} from '@jumugwan/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-fetch';
import { apiJson } from '../../api/api-request';
import { contentDispositionFileName } from './content-disposition-file-name';
import {
  monthlyReportPath,
  usageDashboardPath,
  type MonthlyReportRequest,
  type UsageDashboardRequest,
} from './usage-paths';

export const usageKeys = {
  all: ['usage'] as const,
  dashboard: (request: UsageDashboardRequest) => [...usageKeys.all, 'dashboard', request] as const,
  subscription: () => [...usageKeys.all, 'subscription'] as const,
  myReports: () => [...usageKeys.all, 'my-reports'] as const,
};

export function usageDashboardQuery(request: UsageDashboardRequest) {
  return queryOptions({
    queryKey: usageKeys.dashboard(request),
    queryFn: ({ signal }) => apiJson(usageDashboardPath(request), usageDashboardSchema, { signal }),
    // Keep the current charts on screen while another period or filter loads.
    placeholderData: keepPreviousData,
  });
}

/** The signed-in person's subscription, if one covers today. */
export const subscriptionStatusQuery = queryOptions({
  queryKey: usageKeys.subscription(),
  queryFn: ({ signal }) => apiJson('/api/usage/subscription', subscriptionStatusSchema, { signal }),
});

export const myUsageReportsQuery = queryOptions({
  queryKey: usageKeys.myReports(),
  queryFn: ({ signal }) => apiJson('/api/usage/my-reports', usageReportListSchema, { signal }),
  select: (list) => list.reports,
});

export function submitUsageReport(input: UsageReportInput) {
  return apiJson('/api/usage/my-reports', usageReportSchema, { method: 'POST', body: input });
}

/** The monthly report file with the name the server gives it (or `fallbackName`). */
export async function downloadMonthlyReport(
  request: MonthlyReportRequest,
  fallbackName: string,
): Promise<{ blob: Blob; fileName: string }> {
  const response = await apiFetch(monthlyReportPath(request), {
    accept:
      request.format === 'csv'
        ? 'text/csv'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const fileName = contentDispositionFileName(response.headers.get('content-disposition')) ?? fallbackName;
  return { blob: await response.blob(), fileName };
}
