import { describe, expect, it } from 'vitest';
import { contentDispositionFileName } from './content-disposition-file-name';

describe('contentDispositionFileName', () => {
  it('prefers the UTF-8 name', () => {
    expect(
      contentDispositionFileName(
        `attachment; filename="draft.hwpx"; filename*=UTF-8''${encodeURIComponent('보도자료 초안.hwpx')}`,
      ),
    ).toBe('보도자료 초안.hwpx');
  });

  it('reads a plain quoted or bare name', () => {
    expect(contentDispositionFileName('attachment; filename="a \\"b\\".docx"')).toBe('a "b".docx');
    expect(contentDispositionFileName('attachment; filename=report.txt')).toBe('report.txt');
  });

  it('falls back when the UTF-8 name is broken and keeps only the last path segment', () => {
    expect(contentDispositionFileName(`attachment; filename*=UTF-8''%E0%A4%A; filename="x.txt"`)).toBe(
      'x.txt',
    );
    expect(contentDispositionFileName('attachment; filename="../../etc/passwd"')).toBe('passwd');
  });

  it('is null without a name', () => {
    expect(contentDispositionFileName(null)).toBeNull();
    expect(contentDispositionFileName('inline')).toBeNull();
  });
});
