import { describe, expect, it } from 'vitest';
import { contentDispositionFileName } from './content-disposition-file-name';

describe('contentDispositionFileName', () => {
  it('prefers the UTF-8 name', () => {
    expect(
      contentDispositionFileName(
        `attachment; filename="usage-2026-11.xlsx"; filename*=UTF-8''${encodeURIComponent('부서별-이용-2026-11.xlsx')}`,
      ),
    ).toBe('부서별-이용-2026-11.xlsx');
  });

  it('falls back to the plain name, quoted or not', () => {
    expect(contentDispositionFileName('attachment; filename="usage \\"11\\".csv"')).toBe('usage "11".csv');
    expect(contentDispositionFileName('attachment; filename=usage.csv')).toBe('usage.csv');
    expect(contentDispositionFileName('attachment; filename*=UTF-8\'\'%E0%A4%A; filename="plain.csv"')).toBe(
      'plain.csv',
    );
  });

  it('gives null without a name and strips folders', () => {
    expect(contentDispositionFileName(null)).toBeNull();
    expect(contentDispositionFileName('attachment')).toBeNull();
    expect(contentDispositionFileName('attachment; filename="../../etc/passwd"')).toBe('passwd');
  });
});
