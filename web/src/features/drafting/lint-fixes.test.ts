import type { LintFinding } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { applyAllFixes, applyFindingFix, applyFix, fixableCount, lineOfOffset } from './lint-fixes';

function finding(text: string, target: string, replacement: string | null, from = 0): LintFinding {
  const start = text.indexOf(target, from);
  if (start === -1) throw new Error(`${target} not in text`);
  const end = start + target.length;
  return {
    rule: 'TEST',
    severity: 'warning',
    line: lineOfOffset(text, start),
    start,
    end,
    message: `${target} 고치기`,
    fix: replacement === null ? null : { start, end, replacement },
  };
}

describe('lineOfOffset', () => {
  it('counts line breaks before the offset', () => {
    expect(lineOfOffset('가\n나\n다', 0)).toBe(1);
    expect(lineOfOffset('가\n나\n다', 2)).toBe(2);
    expect(lineOfOffset('가\n나\n다', 4)).toBe(3);
    expect(lineOfOffset('가', 99)).toBe(1);
  });
});

describe('applyFix', () => {
  it('replaces the span', () => {
    expect(applyFix('2026.7.1.', { start: 0, end: 9, replacement: '2026. 7. 1.' })).toBe('2026. 7. 1.');
  });

  it('leaves the text alone when the offsets do not fit it', () => {
    expect(applyFix('짧음', { start: 1, end: 10, replacement: 'x' })).toBe('짧음');
    expect(applyFix('짧음', { start: 2, end: 1, replacement: 'x' })).toBe('짧음');
  });
});

describe('applyFindingFix', () => {
  const text = '1. 일시: 2026.7.1.\n2. 장소: 회의실\n3. 예산: 3000000원';

  it('applies the fix and moves the later findings by the change in length, with their new line', () => {
    const date = finding(text, '2026.7.1.', '2026. 7. 1.');
    const money = finding(text, '3000000원', '3,000,000원');
    const result = applyFindingFix({ text, findings: [date, money] }, date);
    expect(result.text).toBe('1. 일시: 2026. 7. 1.\n2. 장소: 회의실\n3. 예산: 3000000원');
    expect(result.findings).toHaveLength(1);
    const moved = result.findings[0];
    expect(moved?.line).toBe(3);
    expect(result.text.slice(moved?.start, moved?.end)).toBe('3000000원');
    const next = applyFindingFix(result, moved ?? money);
    expect(next.text).toBe('1. 일시: 2026. 7. 1.\n2. 장소: 회의실\n3. 예산: 3,000,000원');
    expect(next.findings).toEqual([]);
  });

  it('keeps earlier findings as they are and drops the ones the fix touched', () => {
    const earlier = finding(text, '일시', null);
    const overlapping = finding(text, '7.1', '7. 1');
    const date = finding(text, '2026.7.1.', '2026. 7. 1.');
    const result = applyFindingFix({ text, findings: [earlier, overlapping, date] }, date);
    expect(result.findings).toEqual([earlier]);
  });

  it('updates the line of later findings when the fix adds a line', () => {
    const twoLines = '가나\n다라';
    const first = finding(twoLines, '가나', '가\n나');
    const second = finding(twoLines, '다라', null);
    const result = applyFindingFix({ text: twoLines, findings: [first, second] }, first);
    expect(result.findings[0]).toMatchObject({ line: 3, start: 4, end: 6 });
  });

  it('does nothing for a finding without a fix or with stale offsets', () => {
    const none = finding(text, '회의실', null);
    const linted = { text, findings: [none] };
    expect(applyFindingFix(linted, none)).toBe(linted);
    const stale = { ...none, fix: { start: 500, end: 501, replacement: '' } };
    expect(applyFindingFix({ text, findings: [stale] }, stale).text).toBe(text);
  });
});

describe('applyAllFixes', () => {
  it('applies every fix from the end backwards and keeps the findings without a fix', () => {
    const text = '가. 2026.7.1.\n나. 3000000원\n다. 회의실';
    const date = finding(text, '2026.7.1.', '2026. 7. 1.');
    const money = finding(text, '3000000원', '3,000,000원');
    const place = finding(text, '회의실', null);
    const result = applyAllFixes({ text, findings: [date, money, place] });
    expect(result.text).toBe('가. 2026. 7. 1.\n나. 3,000,000원\n다. 회의실');
    expect(result.findings).toHaveLength(1);
    expect(result.text.slice(result.findings[0]?.start, result.findings[0]?.end)).toBe('회의실');
    expect(fixableCount(result.findings)).toBe(0);
  });

  it('skips a fix that overlaps one already applied', () => {
    const text = '2026.7.1.';
    const whole = finding(text, '2026.7.1.', '2026. 7. 1.');
    const part = finding(text, '7.1.', '7. 1.');
    const result = applyAllFixes({ text, findings: [whole, part] });
    expect(result.text).toBe('2026.7. 1.');
    expect(result.findings).toEqual([]);
  });
});
