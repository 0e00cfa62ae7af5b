import { auditEventListSchema, type AuditFilters } from '@jumugwan/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-fetch';
import { apiJson } from '../../api/api-request';
import { auditSearchParameters } from './audit-search-parameters';

const basePath = '/api/admin/audit';

export function auditListQuery(filters: AuditFilters, page: number, pageSize: number) {
  const parameters = auditSearchParameters(filters, { page, pageSize });
  return queryOptions({
    queryKey: ['admin', 'audit', filters, page, pageSize],
    queryFn: ({ signal }) =>
      apiJson(`${basePath}?${parameters.toString()}`, auditEventListSchema, { signal }),
    // Keep the current page on screen while the next one or a new search loads.
    placeholderData: keepPreviousData,
  });
}

/** The CSV of every row matching the filters (the server caps the count and says when it did). */
export async function downloadAuditCsv(filters: AuditFilters): Promise<{ blob: Blob; truncated: boolean }> {
  const response = await apiFetch(`${basePath}/export.csv?${auditSearchParameters(filters).toString()}`, {
    accept: 'text/csv',
  });
  return { blob: await response.blob(), truncated: response.headers.get('x-audit-truncated') === 'true' };
}
