import { describe, expect, it } from 'vitest';
import { diffStats, lineDiff, type DiffLine } from './line-diff';

const signs = (lines: DiffLine[]) =>
  lines.map((line) => `${line.kind === 'same' ? ' ' : line.kind === 'added' ? '+' : '-'}${line.text}`);

describe('lineDiff', () => {
  it('marks nothing when the texts are equal', () => {
    const lines = lineDiff(['가', '나'], ['가', '나']);
    expect(signs(lines)).toEqual([' 가', ' 나']);
    expect(lines.map((line) => [line.oldNumber, line.newNumber])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('shows a changed line as removed then added, with both line numbers', () => {
    const lines = lineDiff(
      ['1. 목적', '  가. 예산 300만원', '끝.'],
      ['1. 목적', '  가. 예산 500만원', '끝.'],
    );
    expect(signs(lines)).toEqual([' 1. 목적', '-  가. 예산 300만원', '+  가. 예산 500만원', ' 끝.']);
    expect(lines[1]).toMatchObject({ oldNumber: 2, newNumber: null });
    expect(lines[2]).toMatchObject({ oldNumber: null, newNumber: 2 });
    expect(lines[3]).toMatchObject({ oldNumber: 3, newNumber: 3 });
  });

  it('finds the longest common subsequence inside the changed middle', () => {
    const lines = lineDiff(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'x', 'd', 'e', 'f']);
    expect(signs(lines)).toEqual([' a', '-b', ' c', '+x', ' d', ' e', '+f']);
    expect(diffStats(lines)).toEqual({ added: 2, removed: 1 });
  });

  it('handles empty sides', () => {
    expect(signs(lineDiff([], ['가']))).toEqual(['+가']);
    expect(signs(lineDiff(['가'], []))).toEqual(['-가']);
    expect(lineDiff([], [])).toEqual([]);
  });

  it('keeps repeated lines in order', () => {
    expect(signs(lineDiff(['□', '○', '□'], ['□', '□', '○', '□']))).toEqual([' □', '+□', ' ○', ' □']);
  });

  it('falls back to removed-then-added for huge rewrites, numbering stays right', () => {
    const before = Array.from({ length: 2_500 }, (_, index) => `old ${index}`);
    const after = Array.from({ length: 2_500 }, (_, index) => `new ${index}`);
    const lines = lineDiff(['head', ...before, 'tail'], ['head', ...after, 'tail']);
    expect(diffStats(lines)).toEqual({ added: 2_500, removed: 2_500 });
    expect(lines.at(-1)).toMatchObject({ kind: 'same', text: 'tail', oldNumber: 2_502, newNumber: 2_502 });
    expect(lines[2_501]).toMatchObject({ kind: 'added', text: 'new 0', newNumber: 2 });
  });
});
