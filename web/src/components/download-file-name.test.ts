import { describe, expect, it } from 'vitest';
import { downloadFileName } from './download-file-name';

describe('downloadFileName', () => {
  it('names the file by base name and local date', () => {
    expect(downloadFileName('번역', new Date(2025, 5, 15, 23, 30), 'docx')).toBe('번역-2025-06-15.docx');
    expect(downloadFileName('translation', new Date(2025, 0, 2), 'txt')).toBe('translation-2025-01-02.txt');
  });
});
