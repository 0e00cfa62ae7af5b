import { describe, expect, it } from 'vitest';
import { parseCaseListSearch } from './case-list-search';

describe('parseCaseListSearch', () => {
  it('keeps valid values and drops the defaults', () => {
    expect(
      parseCaseListSearch({
        view: 'mine',
        q: ' 보도자료 ',
        category: 'documents',
        departmentId: '0b7f3b8e-5f7e-4a57-9a0c-3c3c2f4b8a11',
        sort: 'saved_time',
      }),
    ).toEqual({
      view: 'mine',
      q: '보도자료',
      category: 'documents',
      departmentId: '0b7f3b8e-5f7e-4a57-9a0c-3c3c2f4b8a11',
      sort: 'saved_time',
    });
    expect(parseCaseListSearch({ view: 'published', sort: 'recent', q: '  ' })).toEqual({});
  });

  it('drops what it does not know instead of trusting it', () => {
    expect(
      parseCaseListSearch({ view: 'everything', category: 'poetry', departmentId: '12', sort: 'random' }),
    ).toEqual({});
  });

  it('reads a number the router parsed as a search text', () => {
    expect(parseCaseListSearch({ q: 2026 })).toEqual({ q: '2026' });
  });
});
