import type { BudgetInput, BudgetPeriod, BudgetScope, BudgetStatus, BudgetUnit } from '@jumugwan/contracts';
import { formatAmountText, parseAmountText } from './amount-text';

/** A person chosen in the user picker; the name is kept only to show the choice. */
export interface PickedUser {
  id: string;
  name: string;
  departmentName: string | null;
}

/** The budget form as edited: each scope keeps its own subject so switching scopes loses nothing. */
export interface BudgetDraft {
  name: string;
  scope: BudgetScope;
  departmentId: string;
  user: PickedUser | null;
  apiKeyId: string;
  unit: BudgetUnit;
  amountText: string;
  period: BudgetPeriod;
  active: boolean;
}

export interface BudgetDraftErrors {
  name?: true;
  /** The department, person or key the scope needs is missing. */
  subject?: true;
  amount?: true;
}

export type BudgetDraftResult = { ok: true; input: BudgetInput } | { ok: false; errors: BudgetDraftErrors };

export function emptyBudgetDraft(): BudgetDraft {
  return {
    name: '',
    scope: 'department',
    departmentId: '',
    user: null,
    apiKeyId: '',
    unit: 'krw',
    amountText: '',
    period: 'month',
    active: true,
  };
}

export function budgetToDraft(budget: BudgetStatus): BudgetDraft {
  return {
    name: budget.name,
    scope: budget.scope,
    departmentId: budget.departmentId ?? '',
    user:
      budget.userId === null ? null : { id: budget.userId, name: budget.subjectName, departmentName: null },
    apiKeyId: budget.apiKeyId ?? '',
    unit: budget.unit,
    amountText: formatAmountText(budget.amount),
    period: budget.period,
    active: budget.active,
  };
}

/** The budget to save: only the subject that belongs to the scope is sent, the others are null. */
export function budgetFromDraft(draft: BudgetDraft): BudgetDraftResult {
  const errors: BudgetDraftErrors = {};
  const name = draft.name.trim();
  if (name === '' || name.length > 100) {
    errors.name = true;
  }
  const departmentId = draft.scope === 'department' ? draft.departmentId : null;
  const userId = draft.scope === 'user' ? (draft.user?.id ?? '') : null;
  const apiKeyId = draft.scope === 'api_key' ? draft.apiKeyId : null;
  if (departmentId === '' || userId === '' || apiKeyId === '') {
    errors.subject = true;
  }
  const amount = parseAmountText(draft.amountText, {
    minimum: 1,
    maximum: 1_000_000_000_000,
    fractionDigits: 0,
  });
  if (!amount.ok || amount.value === null) {
    errors.amount = true;
  }
  if (Object.keys(errors).length > 0 || !amount.ok || amount.value === null) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    input: {
      name,
      scope: draft.scope,
      departmentId,
      userId,
      apiKeyId,
      unit: draft.unit,
      amount: amount.value,
      period: draft.period,
      active: draft.active,
    },
  };
}
