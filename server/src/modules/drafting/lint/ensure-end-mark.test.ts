import { describe, expect, it } from 'vitest';
import { ensureEndMark } from './ensure-end-mark.js';

describe('ensureEndMark', () => {
  it('adds 끝. two spaces after the last line, 붙임 lines included', () => {
    expect(ensureEndMark('1. 가\n2. 나')).toBe('1. 가\n2. 나  끝.');
    expect(ensureEndMark('본문.\n\n붙임  계획서 1부.')).toBe('본문.\n\n붙임  계획서 1부.  끝.');
    expect(ensureEndMark('본문.\n\n붙임  1. 계획서 1부.\n      2. 명단 1부.\n')).toBe(
      '본문.\n\n붙임  1. 계획서 1부.\n      2. 명단 1부.  끝.\n',
    );
  });

  it('puts 끝. on its own line below a full table, and none under a table that ends early', () => {
    expect(ensureEndMark('| 가 | 나 |\n| --- | --- |\n| 1 | 2 |')).toBe(
      '| 가 | 나 |\n| --- | --- |\n| 1 | 2 |\n  끝.',
    );
    expect(ensureEndMark('| 가 | 나 |\n| --- | --- |\n| 1 | 2 |  끝.')).toBe(
      '| 가 | 나 |\n| --- | --- |\n| 1 | 2 |\n  끝.',
    );
    const early = '| 가 | 나 |\n| --- | --- |\n| 1 | 2 |\n| 이하 빈칸 |  |';
    expect(ensureEndMark(early)).toBe(early);
    expect(ensureEndMark(`${early}\n  끝.`)).toBe(early);
  });

  it('moves a misplaced or badly spaced 끝.', () => {
    expect(ensureEndMark('본문입니다.\n\n끝.')).toBe('본문입니다.  끝.');
    expect(ensureEndMark('본문입니다.끝.')).toBe('본문입니다.  끝.');
    expect(ensureEndMark('본문입니다.    끝.')).toBe('본문입니다.  끝.');
    expect(ensureEndMark('| 가 |\n| --- |\n| 1 |\n끝.')).toBe('| 가 |\n| --- |\n| 1 |\n  끝.');
  });

  it('leaves a correct ending and an empty body alone', () => {
    expect(ensureEndMark('본문입니다.  끝.')).toBe('본문입니다.  끝.');
    expect(ensureEndMark('')).toBe('');
    expect(ensureEndMark('\n\n')).toBe('\n\n');
  });
});
