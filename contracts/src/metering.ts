import { z } from 'zod';

/** What staff use AI for; the labels Seoul reports its usage by. */
export const purposeCategories = [
  'ideas',
  'research',
  'documents',
  'summary',
  'translation',
  'data_analysis',
  'coding',
  'other',
] as const;
export const purposeCategorySchema = z.enum(purposeCategories);
export type PurposeCategory = z.infer<typeof purposeCategorySchema>;

export const purposeLabels: Record<PurposeCategory, string> = {
  ideas: '아이디어 구상',
  research: '자료 조사',
  documents: '문서 작성',
  summary: '요약',
  translation: '번역',
  data_analysis: '데이터 분석',
  coding: '코딩',
  other: '기타',
};

/** A month as `2026-11` (Asia/Seoul). */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '월은 2026-11 형식으로 입력하세요.');
/** A day as `2026-11-30` (Asia/Seoul). */
export const daySchema = z.iso.date();

const won = z.number().min(0).max(1_000_000_000_000);

// ---------------------------------------------------------------- prices

export const priceInputSchema = z.object({
  modelId: z.string().trim().min(1).max(200),
  /** The first day (Asia/Seoul) the price applies to calls. */
  effectiveFrom: daySchema,
  /** KRW per million prompt tokens. */
  inputPerMillionTokens: won,
  outputPerMillionTokens: won,
  /** KRW per million prompt tokens served from the provider's cache; null = the input price. */
  cachedPerMillionTokens: won.nullable(),
  /** KRW per 1,000 characters (DeepL). */
  perThousandCharacters: won,
  perImage: won,
  /** A fee per call on top of the rest. */
  perRequest: won,
  note: z.string().trim().max(200).nullable(),
});
export type PriceInput = z.infer<typeof priceInputSchema>;

export const priceSchema = priceInputSchema.extend({
  id: z.uuid(),
  createdAt: z.string(),
  /** True while it is the price calls are charged at today. */
  current: z.boolean(),
});
export type Price = z.infer<typeof priceSchema>;
export const priceListSchema = z.object({ prices: z.array(priceSchema), modelIds: z.array(z.string()) });

// ---------------------------------------------------------------- budgets

export const budgetScopes = ['institution', 'department', 'user', 'api_key'] as const;
export const budgetScopeSchema = z.enum(budgetScopes);
export type BudgetScope = z.infer<typeof budgetScopeSchema>;
export const budgetPeriodSchema = z.enum(['month', 'quarter', 'year']);
export type BudgetPeriod = z.infer<typeof budgetPeriodSchema>;
export const budgetUnitSchema = z.enum(['krw', 'tokens']);
export type BudgetUnit = z.infer<typeof budgetUnitSchema>;

export const budgetInputSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    scope: budgetScopeSchema,
    departmentId: z.uuid().nullable(),
    userId: z.uuid().nullable(),
    apiKeyId: z.uuid().nullable(),
    unit: budgetUnitSchema,
    /** KRW (won) or tokens per period. */
    amount: z.number().int().min(1).max(1_000_000_000_000),
    period: budgetPeriodSchema,
    active: z.boolean(),
  })
  .refine(
    (budget) =>
      (budget.scope === 'department') === (budget.departmentId !== null) &&
      (budget.scope === 'user') === (budget.userId !== null) &&
      (budget.scope === 'api_key') === (budget.apiKeyId !== null),
    { message: '예산 범위에 맞는 부서, 사용자 또는 API 키를 하나만 고르세요.' },
  );
export type BudgetInput = z.infer<typeof budgetInputSchema>;

export const budgetStatusSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  scope: budgetScopeSchema,
  departmentId: z.uuid().nullable(),
  userId: z.uuid().nullable(),
  apiKeyId: z.uuid().nullable(),
  /** Readable subject: the institution, department, person or key. */
  subjectName: z.string(),
  unit: budgetUnitSchema,
  amount: z.number(),
  period: budgetPeriodSchema,
  active: z.boolean(),
  periodStart: daySchema,
  /** First day of the next period: when the budget renews. */
  renewsOn: daySchema,
  /** Settled use this period (won or tokens). */
  spent: z.number(),
  /** Held for calls still running. */
  reserved: z.number(),
  /** spent / amount, 0..1+ */
  ratio: z.number(),
});
export type BudgetStatus = z.infer<typeof budgetStatusSchema>;
export const budgetListSchema = z.object({ budgets: z.array(budgetStatusSchema) });

// ---------------------------------------------------------------- subscription plans

export const planInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  /** 1 = monthly, 3 = Seoul's 3-month terms. */
  termMonths: z.union([z.literal(1), z.literal(3), z.literal(6), z.literal(12)]),
  /** The flat fee per person and term, for reports. */
  feePerTerm: won,
  /** Models the subscription covers; other models draw on the capacity budgets. */
  models: z.array(z.string().min(1).max(200)).min(1).max(200),
  /** Warns (does not stop) when a holder's use in a term passes this many won; null = none. */
  softCapWon: z.number().int().min(1).max(1_000_000_000).nullable(),
  active: z.boolean(),
});
export type PlanInput = z.infer<typeof planInputSchema>;

export const planSchema = planInputSchema.extend({
  id: z.uuid(),
  createdAt: z.string(),
  activeAssignments: z.number(),
});
export type Plan = z.infer<typeof planSchema>;
export const planListSchema = z.object({ plans: z.array(planSchema) });

export const assignmentInputSchema = z.object({
  userId: z.uuid(),
  /** First day of the first term; the term length comes from the plan. */
  startsOn: daySchema,
  /** How many consecutive terms. */
  terms: z.number().int().min(1).max(12),
});
export type AssignmentInput = z.infer<typeof assignmentInputSchema>;

export const assignmentSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  planName: z.string(),
  userId: z.uuid(),
  userName: z.string(),
  departmentName: z.string().nullable(),
  startsOn: daySchema,
  /** Last day covered. */
  endsOn: daySchema,
  /** Use in the current term, won. */
  termSpentWon: z.number(),
});
export type Assignment = z.infer<typeof assignmentSchema>;
export const assignmentListSchema = z.object({ assignments: z.array(assignmentSchema) });

// ---------------------------------------------------------------- dashboards

export const usageFilterSchema = z.object({
  from: monthSchema,
  to: monthSchema,
  departmentId: z.uuid().optional(),
  modelId: z.string().min(1).max(200).optional(),
});
export type UsageFilter = z.infer<typeof usageFilterSchema>;

export const usageTotalsSchema = z.object({
  calls: z.number(),
  promptTokens: z.number(),
  completionTokens: z.number(),
  costWon: z.number(),
  errors: z.number(),
  /** Distinct people who used AI (platform and department views). */
  activeUsers: z.number(),
});
export type UsageTotals = z.infer<typeof usageTotalsSchema>;

export const usageSliceSchema = z.object({
  key: z.string(),
  label: z.string(),
  calls: z.number(),
  tokens: z.number(),
  costWon: z.number(),
});
export type UsageSlice = z.infer<typeof usageSliceSchema>;

export const usageDaySchema = z.object({
  day: daySchema,
  calls: z.number(),
  tokens: z.number(),
  costWon: z.number(),
});
export type UsageDay = z.infer<typeof usageDaySchema>;

export const burnDownSchema = z.object({
  budgetId: z.uuid(),
  budgetName: z.string(),
  unit: budgetUnitSchema,
  amount: z.number(),
  periodStart: daySchema,
  periodEnd: daySchema,
  /** Cumulative use at the end of each day so far. */
  actual: z.array(z.object({ day: daySchema, cumulative: z.number() })),
  /** Straight-line forecast from the average daily use so far to the period's end. */
  forecast: z.array(z.object({ day: daySchema, cumulative: z.number() })),
  /** The day the forecast crosses the budget, if it does within the period. */
  exhaustedOn: daySchema.nullable(),
});
export type BurnDown = z.infer<typeof burnDownSchema>;

export const usageDashboardSchema = z.object({
  filter: usageFilterSchema,
  scope: z.enum(['self', 'department', 'platform']),
  totals: usageTotalsSchema,
  daily: z.array(usageDaySchema),
  byDepartment: z.array(usageSliceSchema),
  byModel: z.array(usageSliceSchema),
  byPurpose: z.array(usageSliceSchema),
  topUsers: z.array(usageSliceSchema),
  burnDown: z.array(burnDownSchema),
  budgets: z.array(budgetStatusSchema),
});
export type UsageDashboard = z.infer<typeof usageDashboardSchema>;

// ---------------------------------------------------------------- subscription holders' reports

export const usageReportInputSchema = z.object({
  month: monthSchema,
  /** The holder's own account of what AI helped with (Seoul's programme asks for one). */
  caseDescription: z.string().trim().min(10, '활용 사례를 10자 이상 적어 주세요.').max(5000),
});
export type UsageReportInput = z.infer<typeof usageReportInputSchema>;

export const usageReportSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  userName: z.string(),
  departmentName: z.string().nullable(),
  month: monthSchema,
  calls: z.number(),
  costWon: z.number(),
  topPurposes: z.array(usageSliceSchema),
  caseDescription: z.string(),
  submittedAt: z.string(),
});
export type UsageReport = z.infer<typeof usageReportSchema>;
export const usageReportListSchema = z.object({ reports: z.array(usageReportSchema) });

// ---------------------------------------------------------------- notifications

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['budget_80', 'budget_100', 'soft_cap_80', 'soft_cap_100', 'case_submitted', 'case_reviewed']),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationListSchema = z.object({
  notifications: z.array(notificationSchema),
  unread: z.number(),
});

/** The signed-in person's subscription, if one covers today. */
export const subscriptionStatusSchema = z.object({
  assignment: assignmentSchema.nullable(),
  plan: planSchema.nullable(),
});
export type SubscriptionStatus = z.infer<typeof subscriptionStatusSchema>;
