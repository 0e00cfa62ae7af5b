import type { PriceInput } from '@jumugwan/contracts';
import { parseAmountText, type AmountRules } from './amount-text';

/** The price form as typed: amounts stay text until saved so "3,500" can be edited freely. */
export interface PriceDraft {
  modelId: string;
  effectiveFrom: string;
  inputPerMillionTokens: string;
  outputPerMillionTokens: string;
  /** Blank: cached prompt tokens cost the input price. */
  cachedPerMillionTokens: string;
  perThousandCharacters: string;
  perImage: string;
  perRequest: string;
  note: string;
}

export type PriceAmountField = Exclude<keyof PriceDraft, 'modelId' | 'effectiveFrom' | 'note'>;

export const priceAmountFields = [
  'inputPerMillionTokens',
  'outputPerMillionTokens',
  'cachedPerMillionTokens',
  'perThousandCharacters',
  'perImage',
  'perRequest',
] as const satisfies readonly PriceAmountField[];

export type PriceDraftErrors = Partial<Record<keyof PriceDraft, true>>;

export type PriceDraftResult = { ok: true; input: PriceInput } | { ok: false; errors: PriceDraftErrors };

const wonRules: AmountRules = { minimum: 0, maximum: 1_000_000_000_000, fractionDigits: 4 };
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function emptyPriceDraft(today: string): PriceDraft {
  return {
    modelId: '',
    effectiveFrom: today,
    inputPerMillionTokens: '',
    outputPerMillionTokens: '',
    cachedPerMillionTokens: '',
    perThousandCharacters: '',
    perImage: '',
    perRequest: '',
    note: '',
  };
}

/** Whether `text` is a real calendar day written as 2026-11-30 (not 2026-02-30). */
export function isCalendarDay(text: string): boolean {
  const match = dayPattern.exec(text);
  if (match === null) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The price to save. A blank amount means the model is not charged that way (0), except the cached
 * price, where blank means "same as input" (null), as the contract defines it.
 */
export function priceFromDraft(draft: PriceDraft): PriceDraftResult {
  const errors: PriceDraftErrors = {};
  const modelId = draft.modelId.trim();
  if (modelId === '' || modelId.length > 200) {
    errors.modelId = true;
  }
  if (!isCalendarDay(draft.effectiveFrom.trim())) {
    errors.effectiveFrom = true;
  }
  const note = draft.note.trim();
  if (note.length > 200) {
    errors.note = true;
  }
  const amounts: Partial<Record<PriceAmountField, number | null>> = {};
  for (const field of priceAmountFields) {
    const parsed = parseAmountText(draft[field], wonRules);
    if (parsed.ok) {
      amounts[field] = parsed.value;
    } else {
      errors[field] = true;
    }
  }
  if (Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    input: {
      modelId,
      effectiveFrom: draft.effectiveFrom.trim(),
      inputPerMillionTokens: amounts.inputPerMillionTokens ?? 0,
      outputPerMillionTokens: amounts.outputPerMillionTokens ?? 0,
      cachedPerMillionTokens: amounts.cachedPerMillionTokens ?? null,
      perThousandCharacters: amounts.perThousandCharacters ?? 0,
      perImage: amounts.perImage ?? 0,
      perRequest: amounts.perRequest ?? 0,
      note: note === '' ? null : note,
    },
  };
}
