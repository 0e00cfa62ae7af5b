export type UsageLevel = 'normal' | 'warning' | 'exceeded';

export interface UsageShare {
  /** Settled use as a share of the limit, clamped to 0–100 for drawing. */
  spentPercent: number;
  /** Held for running calls, drawn after the settled part; the two together never pass 100. */
  reservedPercent: number;
  /** (spent + reserved) / limit as a whole percent, not clamped: 130 means 30 % over. */
  usedPercent: number;
  level: UsageLevel;
}

/** The alert thresholds the server notifies at: 80 % warns, 100 % is spent. */
export const warningRatio = 0.8;

/**
 * How much of a budget (or a plan's soft cap) is taken, counting reservations: a call that is still
 * running already holds its worst case, so it is what the next call is refused against.
 */
export function usageShare(limit: number, spent: number, reserved = 0): UsageShare {
  const used = Math.max(0, spent) + Math.max(0, reserved);
  if (limit <= 0) {
    return { spentPercent: 100, reservedPercent: 0, usedPercent: 100, level: 'exceeded' };
  }
  const ratio = used / limit;
  const spentPercent = Math.min(100, (Math.max(0, spent) / limit) * 100);
  const reservedPercent = Math.min(100 - spentPercent, (Math.max(0, reserved) / limit) * 100);
  return {
    spentPercent,
    reservedPercent,
    usedPercent: Math.round(ratio * 100),
    level: ratio >= 1 ? 'exceeded' : ratio >= warningRatio ? 'warning' : 'normal',
  };
}
