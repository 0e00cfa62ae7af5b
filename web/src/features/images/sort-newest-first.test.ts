import { describe, expect, it } from 'vitest';
import { sortNewestFirst } from './sort-newest-first';

describe('sortNewestFirst', () => {
  it('puts the newest first and keeps ties in order', () => {
    const items = [
      { id: 'a', createdAt: '2025-06-01T09:00:00Z' },
      { id: 'b', createdAt: '2025-06-03T09:00:00+09:00' },
      { id: 'c', createdAt: '2025-06-02T09:00:00Z' },
      { id: 'd', createdAt: '2025-06-02T09:00:00Z' },
    ];
    expect(sortNewestFirst(items).map((item) => item.id)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('does not change the input', () => {
    const items = [
      { id: 'old', createdAt: '2025-01-01T00:00:00Z' },
      { id: 'new', createdAt: '2025-02-01T00:00:00Z' },
    ];
    sortNewestFirst(items);
    expect(items[0]?.id).toBe('old');
  });
});
