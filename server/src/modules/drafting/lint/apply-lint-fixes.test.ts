import type { LintFinding } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { applyLintFixes } from './apply-lint-fixes.js';

const finding = (start: number, end: number, replacement: string | null): LintFinding => ({
  rule: 'TEST',
  severity: 'error',
  line: 1,
  start,
  end,
  message: '',
  fix: replacement === null ? null : { start, end, replacement },
});

describe('applyLintFixes', () => {
  it('applies fixes from the end backwards so earlier offsets stay right', () => {
    expect(applyLintFixes('abcdef', [finding(0, 1, 'AA'), finding(4, 6, 'Z')])).toBe('AAbcdZ');
  });

  it('applies an insertion at the end of a replaced span, and skips findings without a fix', () => {
    expect(applyLintFixes('1부', [finding(2, 2, '  끝.'), finding(0, 2, '1부.'), finding(0, 1, null)])).toBe(
      '1부.  끝.',
    );
  });

  it('keeps the first of overlapping fixes (two insertions at one place overlap too)', () => {
    expect(applyLintFixes('abcdef', [finding(1, 4, 'X'), finding(3, 5, 'Y')])).toBe('aXef');
    expect(applyLintFixes('ab', [finding(1, 1, 'X'), finding(1, 1, 'Y')])).toBe('aXb');
  });

  it('ignores fixes outside the text', () => {
    expect(applyLintFixes('ab', [finding(1, 5, 'X'), finding(2, 1, 'Y')])).toBe('ab');
  });
});
