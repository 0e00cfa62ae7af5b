import type { UsageQuantity } from './usage-quantity.js';

/** A price row as the meter uses it (KRW). */
export interface ModelPrice {
  id: string;
  modelId: string;
  effectiveFrom: string;
  inputPerMillionTokens: number;
  outputPerMillionTokens: number;
  cachedPerMillionTokens: number | null;
  perThousandCharacters: number;
  perImage: number;
  perRequest: number;
}

const microPerWon = 1_000_000;

/**
 * The cost in millionths of a won. A price per million tokens in won is exactly the cost per token in
 * millionths of a won, so token costs stay exact; the sum is rounded once.
 */
export function costMicroWon(price: ModelPrice | null, usage: UsageQuantity): number {
  if (price === null) return 0;
  const cached = Math.min(usage.cachedTokens, usage.promptTokens);
  const cachedPrice = price.cachedPerMillionTokens ?? price.inputPerMillionTokens;
  const micro =
    (usage.promptTokens - cached) * price.inputPerMillionTokens +
    cached * cachedPrice +
    usage.completionTokens * price.outputPerMillionTokens +
    (usage.characters * price.perThousandCharacters * microPerWon) / 1000 +
    usage.images * price.perImage * microPerWon +
    usage.requests * price.perRequest * microPerWon;
  return Math.round(micro);
}

/** Won for display and reports: every total is rounded the same way, so they agree to the won. */
export function wonFromMicro(micro: number): number {
  return Math.round(micro / microPerWon);
}

export function microFromWon(won: number): number {
  return Math.round(won * microPerWon);
}
