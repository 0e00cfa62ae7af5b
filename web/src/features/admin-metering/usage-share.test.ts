import { describe, expect, it } from 'vitest';
import { usageShare } from './usage-share';

describe('usageShare', () => {
  it('is normal below 80 %', () => {
    expect(usageShare(100_000, 50_000, 10_000)).toEqual({
      spentPercent: 50,
      reservedPercent: 10,
      usedPercent: 60,
      level: 'normal',
    });
  });

  it('warns from 80 % counting what running calls hold', () => {
    expect(usageShare(100_000, 70_000, 10_000).level).toBe('warning');
    expect(usageShare(100_000, 79_999).level).toBe('normal');
  });

  it('is exceeded at 100 % and clamps the drawing but not the number', () => {
    expect(usageShare(100_000, 100_000).level).toBe('exceeded');
    expect(usageShare(100_000, 120_000, 10_000)).toEqual({
      spentPercent: 100,
      reservedPercent: 0,
      usedPercent: 130,
      level: 'exceeded',
    });
    expect(usageShare(100, 90, 30)).toMatchObject({ spentPercent: 90, reservedPercent: 10 });
  });

  it('treats a zero limit as spent', () => {
    expect(usageShare(0, 0).level).toBe('exceeded');
  });
});
