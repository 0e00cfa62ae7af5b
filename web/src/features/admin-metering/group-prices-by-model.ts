import type { Price } from '@jumugwan/contracts';

export interface ModelPrices {
  modelId: string;
  /** Newest effective date first, so the scheduled and current prices lead. */
  prices: Price[];
}

/**
 * The price table one model at a time, models in name order. A filter keeps the models whose ID
 * contains it (case does not matter), so a long table can be narrowed to one model.
 */
export function groupPricesByModel(prices: readonly Price[], filter = ''): ModelPrices[] {
  const needle = filter.trim().toLowerCase();
  const byModel = new Map<string, Price[]>();
  for (const price of prices) {
    if (needle !== '' && !price.modelId.toLowerCase().includes(needle)) {
      continue;
    }
    const list = byModel.get(price.modelId) ?? [];
    list.push(price);
    byModel.set(price.modelId, list);
  }
  return [...byModel.entries()]
    .sort(([left], [right]) => left.localeCompare(right, 'ko'))
    .map(([modelId, list]) => ({
      modelId,
      prices: list.sort(
        (left, right) =>
          right.effectiveFrom.localeCompare(left.effectiveFrom) ||
          right.createdAt.localeCompare(left.createdAt),
      ),
    }));
}

export type PriceState = 'current' | 'scheduled' | 'past';

/**
 * 적용 중 comes from the server; a price that starts after today (Seoul) is still only scheduled and the
 * only kind that may be deleted, since removing an applied price would change how past calls were costed.
 */
export function priceState(price: Price, today: string): PriceState {
  if (price.current) {
    return 'current';
  }
  return price.effectiveFrom > today ? 'scheduled' : 'past';
}
