import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './format-relative-time';

const now = new Date('2025-06-01T09:00:00Z');
const after = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe('formatRelativeTime', () => {
  it('uses seconds under a minute', () => {
    expect(formatRelativeTime(after(30), now, 'ko')).toBe('30초 후');
    expect(formatRelativeTime(after(30), now, 'en')).toBe('in 30 seconds');
  });

  it('uses the largest whole unit', () => {
    expect(formatRelativeTime(after(150), now, 'ko')).toBe('2분 후');
    expect(formatRelativeTime(after(3 * 3600 + 59), now, 'en')).toBe('in 3 hours');
    expect(formatRelativeTime(after(2 * 86_400), now, 'en')).toBe('in 2 days');
  });

  it('handles the past', () => {
    expect(formatRelativeTime(after(-120), now, 'ko')).toBe('2분 전');
  });
});
