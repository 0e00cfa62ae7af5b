import type { Price } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { groupPricesByModel, priceState } from './group-prices-by-model';

let counter = 0;
function price(modelId: string, effectiveFrom: string, current = false): Price {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    modelId,
    effectiveFrom,
    inputPerMillionTokens: 1,
    outputPerMillionTokens: 2,
    cachedPerMillionTokens: null,
    perThousandCharacters: 0,
    perImage: 0,
    perRequest: 0,
    note: null,
    createdAt: `${effectiveFrom}T00:00:00Z`,
    current,
  };
}

describe('groupPricesByModel', () => {
  const prices = [
    price('gpt-4o', '2026-01-01'),
    price('claude-sonnet', '2026-06-01', true),
    price('gpt-4o', '2026-12-01'),
    price('gpt-4o-mini', '2026-03-01', true),
    price('gpt-4o', '2026-07-01', true),
  ];

  it('groups by model in name order, newest price first', () => {
    const groups = groupPricesByModel(prices);
    expect(groups.map((group) => group.modelId)).toEqual(['claude-sonnet', 'gpt-4o', 'gpt-4o-mini']);
    expect(groups[1]?.prices.map((entry) => entry.effectiveFrom)).toEqual([
      '2026-12-01',
      '2026-07-01',
      '2026-01-01',
    ]);
  });

  it('keeps only models containing the filter, ignoring case', () => {
    expect(groupPricesByModel(prices, ' GPT-4O-m ').map((group) => group.modelId)).toEqual(['gpt-4o-mini']);
    expect(groupPricesByModel(prices, 'none')).toEqual([]);
  });
});

describe('priceState', () => {
  it('tells current, scheduled and past prices apart', () => {
    expect(priceState(price('m', '2026-07-01', true), '2026-11-30')).toBe('current');
    expect(priceState(price('m', '2026-12-01'), '2026-11-30')).toBe('scheduled');
    expect(priceState(price('m', '2026-11-30'), '2026-11-30')).toBe('past');
    expect(priceState(price('m', '2026-01-01'), '2026-11-30')).toBe('past');
  });
});
