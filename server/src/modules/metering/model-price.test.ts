import { describe, expect, it } from 'vitest';
import { costMicroWon, wonFromMicro, type ModelPrice } from './model-price.js';
import { noUsage } from './usage-quantity.js';

const price: ModelPrice = {
  id: 'p',
  modelId: 'gpt',
  effectiveFrom: '2026-11-01',
  inputPerMillionTokens: 3_500,
  outputPerMillionTokens: 14_000,
  cachedPerMillionTokens: 875,
  perThousandCharacters: 30,
  perImage: 55,
  perRequest: 1.5,
};

describe('costMicroWon', () => {
  it('charges prompt, cached and completion tokens at their prices', () => {
    const cost = costMicroWon(price, {
      ...noUsage,
      promptTokens: 1_000,
      cachedTokens: 400,
      completionTokens: 500,
    });
    // 600 × 3,500 + 400 × 875 + 500 × 14,000 millionths of a won
    expect(cost).toBe(2_100_000 + 350_000 + 7_000_000);
    expect(wonFromMicro(cost)).toBe(9);
  });

  it('charges characters, images and requests', () => {
    expect(costMicroWon(price, { ...noUsage, characters: 2_500 })).toBe(75_000_000);
    expect(costMicroWon(price, { ...noUsage, images: 2, requests: 1 })).toBe(111_500_000);
  });

  it('uses the input price for cached tokens when none is set, and costs nothing without a price', () => {
    const usage = { ...noUsage, promptTokens: 100, cachedTokens: 100 };
    expect(costMicroWon({ ...price, cachedPerMillionTokens: null }, usage)).toBe(350_000);
    expect(costMicroWon(null, usage)).toBe(0);
  });
});
