import {
  assignmentListSchema,
  assignmentSchema,
  budgetListSchema,
  budgetStatusSchema,
  planListSchema,
  planSchema,
  priceListSchema,
  priceSchema,
  usageReportListSchema,
  type AssignmentInput,
  type BudgetInput,
  type PlanInput,
  type PriceInput,
} from '@jumugwan/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiJson, apiNoContent } from '../../api/api-request';

const basePath = '/api/admin';

function itemPath(collection: string, id: string): string {
  return `${basePath}/${collection}/${encodeURIComponent(id)}`;
}

export const meteringKeys = {
  all: ['admin', 'metering'] as const,
  prices: () => [...meteringKeys.all, 'prices'] as const,
  budgets: () => [...meteringKeys.all, 'budgets'] as const,
  plans: () => [...meteringKeys.all, 'plans'] as const,
  assignments: (planId: string) => [...meteringKeys.plans(), planId, 'assignments'] as const,
  usageReports: (month: string) => [...meteringKeys.all, 'usage-reports', month] as const,
};

// ---------------------------------------------------------------- prices

export const priceListQuery = queryOptions({
  queryKey: meteringKeys.prices(),
  queryFn: ({ signal }) => apiJson(`${basePath}/prices`, priceListSchema, { signal }),
});

export function createPrice(input: PriceInput) {
  return apiJson(`${basePath}/prices`, priceSchema, { method: 'POST', body: input });
}

/** The server refuses (409) a price that has already applied to calls. */
export function deletePrice(priceId: string): Promise<void> {
  return apiNoContent(itemPath('prices', priceId), { method: 'DELETE' });
}

// ---------------------------------------------------------------- budgets

export const budgetListQuery = queryOptions({
  queryKey: meteringKeys.budgets(),
  queryFn: ({ signal }) => apiJson(`${basePath}/budgets`, budgetListSchema, { signal }),
  select: (list) => list.budgets,
});

export function createBudget(input: BudgetInput) {
  return apiJson(`${basePath}/budgets`, budgetStatusSchema, { method: 'POST', body: input });
}

export function updateBudget(budgetId: string, input: BudgetInput) {
  return apiJson(itemPath('budgets', budgetId), budgetStatusSchema, { method: 'PUT', body: input });
}

export function deleteBudget(budgetId: string): Promise<void> {
  return apiNoContent(itemPath('budgets', budgetId), { method: 'DELETE' });
}

// ---------------------------------------------------------------- subscription plans

export const planListQuery = queryOptions({
  queryKey: meteringKeys.plans(),
  queryFn: ({ signal }) => apiJson(`${basePath}/plans`, planListSchema, { signal }),
  select: (list) => list.plans,
});

export function createPlan(input: PlanInput) {
  return apiJson(`${basePath}/plans`, planSchema, { method: 'POST', body: input });
}

export function updatePlan(planId: string, input: PlanInput) {
  return apiJson(itemPath('plans', planId), planSchema, { method: 'PUT', body: input });
}

export function assignmentListQuery(planId: string) {
  return queryOptions({
    queryKey: meteringKeys.assignments(planId),
    queryFn: ({ signal }) =>
      apiJson(`${itemPath('plans', planId)}/assignments`, assignmentListSchema, { signal }),
    select: (list) => list.assignments,
  });
}

export function createAssignment(planId: string, input: AssignmentInput) {
  return apiJson(`${itemPath('plans', planId)}/assignments`, assignmentSchema, {
    method: 'POST',
    body: input,
  });
}

export function deleteAssignment(assignmentId: string): Promise<void> {
  return apiNoContent(itemPath('assignments', assignmentId), { method: 'DELETE' });
}

// ---------------------------------------------------------------- usage reports

export function usageReportListQuery(month: string) {
  return queryOptions({
    queryKey: meteringKeys.usageReports(month),
    queryFn: ({ signal }) =>
      apiJson(
        `${basePath}/usage-reports?${new URLSearchParams({ month }).toString()}`,
        usageReportListSchema,
        { signal },
      ),
    select: (list) => list.reports,
    // Keep the previous month on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}
