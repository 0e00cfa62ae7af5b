import { describe, expect, it } from 'vitest';
import { parseChunkId, parseCollectionSearch, parsePassageSearch } from './knowledge-search-params';

describe('parseCollectionSearch', () => {
  it('keeps a known tab only', () => {
    expect(parseCollectionSearch({ tab: 'console' })).toEqual({ tab: 'console' });
    expect(parseCollectionSearch({ tab: 'admin' })).toEqual({});
    expect(parseCollectionSearch({})).toEqual({});
  });
});

describe('parsePassageSearch', () => {
  it('keeps a non-empty quote, trimmed and limited in length', () => {
    expect(parsePassageSearch({ quote: '  귀임 후 5일 이내 ' })).toEqual({ quote: '귀임 후 5일 이내' });
    expect(parsePassageSearch({ quote: 2026 })).toEqual({ quote: '2026' });
    expect(parsePassageSearch({ quote: '   ' })).toEqual({});
    expect(parsePassageSearch({ quote: ['a'] })).toEqual({});
    expect(parsePassageSearch({ quote: '가'.repeat(3_000) }).quote).toHaveLength(2_000);
  });
});

describe('parseChunkId', () => {
  it('accepts positive whole numbers only', () => {
    expect(parseChunkId('42')).toBe(42);
    expect(parseChunkId('0')).toBeNull();
    expect(parseChunkId('-1')).toBeNull();
    expect(parseChunkId('1.5')).toBeNull();
    expect(parseChunkId('abc')).toBeNull();
    expect(parseChunkId('')).toBeNull();
  });
});
