import { describe, expect, it } from 'vitest';
import { galleryQueryString, parseGallerySearch } from './gallery-search';

describe('parseGallerySearch', () => {
  it('keeps known values and leaves the defaults out', () => {
    expect(
      parseGallerySearch({
        q: '  민원 ',
        category: 'summary',
        department: 'A1B2C3D4-0000-4000-8000-000000000001',
        filter: 'saved',
        sort: 'rating',
      }),
    ).toEqual({
      q: '민원',
      category: 'summary',
      department: 'a1b2c3d4-0000-4000-8000-000000000001',
      filter: 'saved',
      sort: 'rating',
    });
    expect(parseGallerySearch({ filter: 'all', sort: 'popular', q: '' })).toEqual({});
  });

  it('drops what it does not know', () => {
    expect(
      parseGallerySearch({ category: 'poetry', department: 'D100', filter: 'everything', sort: 'random' }),
    ).toEqual({});
  });

  it('reads a numeric search and cuts a long one', () => {
    expect(parseGallerySearch({ q: 2026 })).toEqual({ q: '2026' });
    expect(parseGallerySearch({ q: '가'.repeat(150) }).q).toHaveLength(100);
  });
});

describe('galleryQueryString', () => {
  it('names every parameter the server reads', () => {
    const query = new URLSearchParams(
      galleryQueryString(
        { q: '보도 자료', category: 'documents', department: 'd1', filter: 'mine', sort: 'name' },
        { limit: 60, offset: 120 },
      ),
    );
    expect(Object.fromEntries(query)).toEqual({
      q: '보도 자료',
      category: 'documents',
      departmentId: 'd1',
      filter: 'mine',
      sort: 'name',
      limit: '60',
      offset: '120',
    });
  });

  it('sends the defaults explicitly', () => {
    expect(galleryQueryString({}, { limit: 60, offset: 0 })).toBe(
      'filter=all&sort=popular&limit=60&offset=0',
    );
  });
});
