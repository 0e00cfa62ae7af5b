import { describe, expect, it } from 'vitest';
import { expectedFileName } from '@jumugwan/contracts';
import {
  expectedFileFormats,
  formatAccept,
  formatLabel,
  missingRequiredFiles,
} from './expected-file-formats';

const files = [
  { label: '예산표', description: '', formats: ['xlsx' as const], required: true },
  { label: '참고 자료', description: '', formats: ['pdf' as const], required: false },
];

describe('expected file formats', () => {
  it('offers every format of the contract', () => {
    expect(expectedFileFormats).toContain('hwp');
    expect(expectedFileFormats).toContain('xlsx');
    expect(formatLabel('hwpx')).toBe('HWPX');
    expect(formatAccept(['hwp', 'pdf'])).toBe('.hwp,.pdf');
  });
});

describe('missingRequiredFiles', () => {
  it('names the required files no attached file can be, before the first question', () => {
    expect(missingRequiredFiles(files, [], true)).toEqual([files[0]]);
    expect(missingRequiredFiles(files, ['메모.pdf'], true)).toEqual([files[0]]);
  });

  it('is satisfied by a file of one of its formats, in any letter case', () => {
    expect(missingRequiredFiles(files, ['2026 예산.XLSX'], true)).toEqual([]);
  });

  it('asks nothing after the first question or without required files', () => {
    expect(missingRequiredFiles(files, [], false)).toEqual([]);
    expect(missingRequiredFiles([], [], true)).toEqual([]);
  });
});

describe('expectedFileName', () => {
  it('names a file with its formats', () => {
    expect(expectedFileName({ label: '예산표', formats: ['xlsx', 'csv'] })).toBe('예산표(XLSX·CSV)');
  });
});
