import { monthSchema, usageDashboardSchema, usageFilterSchema } from '@jumugwan/contracts';
import { periodPresets, type PeriodSearch } from './usage-period';

/** The query string of /usage: a period, so a view can be bookmarked or shared. */
export type UsageSearch = PeriodSearch;

export type AdminUsageScope = 'platform' | 'department';

/** The query string of /admin/usage: period, scope, department and model. */
export interface AdminUsageSearch extends PeriodSearch {
  scope?: AdminUsageScope | undefined;
  departmentId?: string | undefined;
  modelId?: string | undefined;
}

/** The router parses values that look like JSON, so a numeric model name can arrive as a number. */
function text(value: unknown): unknown {
  return typeof value === 'number' ? String(value) : value;
}

function valid<Output>(
  schema: { safeParse(data: unknown): { success: true; data: Output } | { success: false } },
  value: unknown,
): Output | undefined {
  const parsed = schema.safeParse(text(value));
  return parsed.success ? parsed.data : undefined;
}

/** Validates /usage's query string with the shared schemas; an invalid value is dropped, not trusted. */
export function parseUsageSearch(search: Record<string, unknown>): UsageSearch {
  const period = periodPresets.find((preset) => preset === search.period);
  const from = valid(monthSchema, search.from);
  const to = valid(monthSchema, search.to);
  return {
    ...(period === undefined ? {} : { period }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
}

/** Validates /admin/usage's query string the same way. */
export function parseAdminUsageSearch(search: Record<string, unknown>): AdminUsageSearch {
  const scope = valid(usageDashboardSchema.shape.scope, search.scope);
  const departmentId = valid(usageFilterSchema.shape.departmentId, search.departmentId);
  const modelId = valid(usageFilterSchema.shape.modelId, search.modelId);
  return {
    ...parseUsageSearch(search),
    ...(scope === 'platform' || scope === 'department' ? { scope } : {}),
    ...(departmentId === undefined ? {} : { departmentId }),
    ...(modelId === undefined ? {} : { modelId }),
  };
}
