import { describe, expect, it } from 'vitest';
import { parseVersionsSearch } from './versions-search';

describe('parseVersionsSearch', () => {
  it('reads a positive whole version number', () => {
    expect(parseVersionsSearch({ version: 3 })).toEqual({ version: 3 });
    expect(parseVersionsSearch({ version: '2' })).toEqual({ version: 2 });
  });

  it('drops anything else', () => {
    expect(parseVersionsSearch({ version: 0 })).toEqual({});
    expect(parseVersionsSearch({ version: 1.5 })).toEqual({});
    expect(parseVersionsSearch({ version: 'latest' })).toEqual({});
    expect(parseVersionsSearch({})).toEqual({});
  });
});
