import type { AuditFilters } from '@jumugwan/contracts';

/** The query string of the list and the CSV export: empty filters are left out, not sent blank. */
export function auditSearchParameters(
  filters: AuditFilters,
  paging?: { page: number; pageSize: number },
): URLSearchParams {
  const parameters = new URLSearchParams();
  for (const key of ['from', 'to', 'action', 'outcome', 'actor'] as const) {
    const value = filters[key]?.trim();
    if (value !== undefined && value !== '') {
      parameters.set(key, value);
    }
  }
  if (paging !== undefined) {
    parameters.set('page', String(paging.page));
    parameters.set('pageSize', String(paging.pageSize));
  }
  return parameters;
}
