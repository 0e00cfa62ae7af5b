import type { UseCaseListQuery } from '@jumugwan/contracts';

/** What GET /api/cases is asked; left-out filters are not sent. */
export interface CaseListParameters {
  view: UseCaseListQuery['view'];
  sort: UseCaseListQuery['sort'];
  q?: string | undefined;
  category?: UseCaseListQuery['category'] | undefined;
  departmentId?: string | undefined;
  limit: number;
  offset: number;
}

/** `/api/cases?view=…`, with an empty search box and unset filters left out. */
export function caseListPath(parameters: CaseListParameters): string {
  const query = new URLSearchParams({ view: parameters.view, sort: parameters.sort });
  const text = parameters.q?.trim() ?? '';
  if (text !== '') query.set('q', text);
  if (parameters.category !== undefined) query.set('category', parameters.category);
  if (parameters.departmentId !== undefined) query.set('departmentId', parameters.departmentId);
  query.set('limit', String(parameters.limit));
  query.set('offset', String(parameters.offset));
  return `/api/cases?${query.toString()}`;
}
