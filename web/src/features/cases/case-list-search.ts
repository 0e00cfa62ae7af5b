import { useCaseListQuerySchema, type UseCaseListQuery } from '@jumugwan/contracts';

/** The query string of /cases: the tab, search, filters and order, so a view can be bookmarked or shared. */
export interface CaseListSearch {
  view?: UseCaseListQuery['view'] | undefined;
  q?: string | undefined;
  category?: UseCaseListQuery['category'] | undefined;
  departmentId?: string | undefined;
  sort?: UseCaseListQuery['sort'] | undefined;
}

const { shape } = useCaseListQuerySchema;

/** The router parses values that look like JSON, so a numeric search arrives as a number. */
function text(value: unknown): unknown {
  return typeof value === 'number' ? String(value) : value;
}

function valid<Output>(
  schema: { safeParse(data: unknown): { success: true; data: Output } | { success: false } },
  value: unknown,
): Output | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(text(value));
  return parsed.success ? parsed.data : undefined;
}

/** Validates /cases's query string with the shared schema; an invalid value is dropped, not trusted. */
export function parseCaseListSearch(search: Record<string, unknown>): CaseListSearch {
  const view = valid(shape.view, search.view);
  const q = valid(shape.q, search.q);
  const category = valid(shape.category, search.category);
  const departmentId = valid(shape.departmentId, search.departmentId);
  const sort = valid(shape.sort, search.sort);
  return {
    ...(view === undefined || view === 'published' ? {} : { view }),
    ...(q === undefined || q === '' ? {} : { q }),
    ...(category === undefined ? {} : { category }),
    ...(departmentId === undefined ? {} : { departmentId }),
    ...(sort === undefined || sort === 'recent' ? {} : { sort }),
  };
}
