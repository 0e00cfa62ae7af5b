import { describe, expect, it } from 'vitest';
import type { PiiFinding } from './pii-finding.js';
import { resolveOverlaps } from './resolve-overlaps.js';

function finding(start: number, end: number, confidence: number): PiiFinding {
  return { type: 'card_number', start, end, value: 'x'.repeat(end - start), confidence };
}

describe('resolveOverlaps', () => {
  it('keeps the higher-confidence candidate, then the longer one', () => {
    expect(resolveOverlaps([finding(0, 10, 0.5), finding(2, 8, 0.9)])).toEqual([finding(2, 8, 0.9)]);
    expect(resolveOverlaps([finding(2, 8, 0.9), finding(0, 10, 0.9)])).toEqual([finding(0, 10, 0.9)]);
  });

  it('keeps non-overlapping candidates and sorts them by start; end is exclusive', () => {
    expect(resolveOverlaps([finding(10, 15, 0.5), finding(0, 10, 0.6), finding(3, 12, 0.4)])).toEqual([
      finding(0, 10, 0.6),
      finding(10, 15, 0.5),
    ]);
  });

  it('does not let a dropped candidate remove a compatible one', () => {
    // The middle one loses to both neighbours, which do not overlap each other.
    expect(resolveOverlaps([finding(0, 5, 0.9), finding(4, 9, 0.5), finding(8, 12, 0.9)])).toEqual([
      finding(0, 5, 0.9),
      finding(8, 12, 0.9),
    ]);
  });

  it('handles no candidates', () => {
    expect(resolveOverlaps([])).toEqual([]);
  });
});
