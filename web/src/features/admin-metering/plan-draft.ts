import type { Plan, PlanInput } from '@jumugwan/contracts';
import { formatAmountText, parseAmountText } from './amount-text';

export const termMonthOptions = [1, 3, 6, 12] as const;
export type TermMonths = (typeof termMonthOptions)[number];

export interface PlanDraft {
  name: string;
  termMonths: TermMonths;
  feeText: string;
  /** In the order chosen; duplicates are dropped on save. */
  models: readonly string[];
  /** Blank: no soft cap. */
  softCapText: string;
  active: boolean;
}

export interface PlanDraftErrors {
  name?: true;
  fee?: true;
  models?: true;
  softCap?: true;
}

export type PlanDraftResult = { ok: true; input: PlanInput } | { ok: false; errors: PlanDraftErrors };

export function emptyPlanDraft(): PlanDraft {
  return { name: '', termMonths: 3, feeText: '', models: [], softCapText: '', active: true };
}

export function planToDraft(plan: Plan): PlanDraft {
  return {
    name: plan.name,
    termMonths: plan.termMonths,
    feeText: formatAmountText(plan.feePerTerm),
    models: plan.models,
    softCapText: plan.softCapWon === null ? '' : formatAmountText(plan.softCapWon),
    active: plan.active,
  };
}

export function isTermMonths(value: number): value is TermMonths {
  return termMonthOptions.some((option) => option === value);
}

/** The plan to save; the fee is required (0 for a free plan), the soft cap optional. */
export function planFromDraft(draft: PlanDraft): PlanDraftResult {
  const errors: PlanDraftErrors = {};
  const name = draft.name.trim();
  if (name === '' || name.length > 100) {
    errors.name = true;
  }
  const fee = parseAmountText(draft.feeText, { minimum: 0, maximum: 1_000_000_000_000, fractionDigits: 4 });
  if (!fee.ok || fee.value === null) {
    errors.fee = true;
  }
  const models = [...new Set(draft.models.map((model) => model.trim()).filter((model) => model !== ''))];
  if (models.length === 0 || models.length > 200 || models.some((model) => model.length > 200)) {
    errors.models = true;
  }
  const softCap = parseAmountText(draft.softCapText, {
    minimum: 1,
    maximum: 1_000_000_000,
    fractionDigits: 0,
  });
  if (!softCap.ok) {
    errors.softCap = true;
  }
  if (Object.keys(errors).length > 0 || !fee.ok || fee.value === null || !softCap.ok) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    input: {
      name,
      termMonths: draft.termMonths,
      feePerTerm: fee.value,
      models,
      softCapWon: softCap.value,
      active: draft.active,
    },
  };
}
