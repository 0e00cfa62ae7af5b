import type { UsageDashboard } from '@jumugwan/contracts';

export type DashboardScope = UsageDashboard['scope'];

export interface UsageDashboardRequest {
  scope: DashboardScope;
  from: string;
  to: string;
  departmentId?: string | undefined;
  modelId?: string | undefined;
}

export type ReportKind = 'department' | 'user';
export type ReportFormat = 'xlsx' | 'csv';

export interface MonthlyReportRequest {
  month: string;
  kind: ReportKind;
  format: ReportFormat;
  departmentId?: string | undefined;
}

function withOptional(parameters: URLSearchParams, key: string, value: string | undefined): URLSearchParams {
  if (value !== undefined && value !== '') {
    parameters.set(key, value);
  }
  return parameters;
}

/** GET /api/usage/dashboard with only the filters that are set. */
export function usageDashboardPath(request: UsageDashboardRequest): string {
  const parameters = new URLSearchParams({ scope: request.scope, from: request.from, to: request.to });
  withOptional(parameters, 'departmentId', request.departmentId);
  withOptional(parameters, 'modelId', request.modelId);
  return `/api/usage/dashboard?${parameters.toString()}`;
}

/** GET /api/usage/reports/monthly: one month's report by department or by person, as XLSX or CSV. */
export function monthlyReportPath(request: MonthlyReportRequest): string {
  const parameters = new URLSearchParams({
    month: request.month,
    kind: request.kind,
    format: request.format,
  });
  withOptional(parameters, 'departmentId', request.departmentId);
  return `/api/usage/reports/monthly?${parameters.toString()}`;
}
