import { describe, expect, it } from 'vitest';
import { emptyPriceDraft, isCalendarDay, priceFromDraft } from './price-draft';

describe('priceFromDraft', () => {
  it('starts on the given day with every amount blank', () => {
    expect(emptyPriceDraft('2026-11-30')).toMatchObject({
      effectiveFrom: '2026-11-30',
      inputPerMillionTokens: '',
    });
  });

  it('writes blank amounts as 0, a blank cached price as null and a blank note as null', () => {
    const result = priceFromDraft({
      ...emptyPriceDraft('2026-12-01'),
      modelId: ' gpt-4o ',
      inputPerMillionTokens: '3,500',
      outputPerMillionTokens: '14,000원',
    });
    expect(result).toEqual({
      ok: true,
      input: {
        modelId: 'gpt-4o',
        effectiveFrom: '2026-12-01',
        inputPerMillionTokens: 3500,
        outputPerMillionTokens: 14000,
        cachedPerMillionTokens: null,
        perThousandCharacters: 0,
        perImage: 0,
        perRequest: 0,
        note: null,
      },
    });
  });

  it('keeps a cached price of 0 and a note', () => {
    const result = priceFromDraft({
      ...emptyPriceDraft('2026-12-01'),
      modelId: 'claude',
      cachedPerMillionTokens: '0',
      note: ' 2026년 계약 단가 ',
    });
    expect(result.ok && result.input.cachedPerMillionTokens).toBe(0);
    expect(result.ok && result.input.note).toBe('2026년 계약 단가');
  });

  it('names every field it cannot read', () => {
    const result = priceFromDraft({
      ...emptyPriceDraft('2026-02-30'),
      perImage: '-5',
      perRequest: 'free',
      note: 'x'.repeat(201),
    });
    expect(result).toEqual({
      ok: false,
      errors: { modelId: true, effectiveFrom: true, perImage: true, perRequest: true, note: true },
    });
  });
});

describe('isCalendarDay', () => {
  it('accepts real days only', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-1-5')).toBe(false);
  });
});
