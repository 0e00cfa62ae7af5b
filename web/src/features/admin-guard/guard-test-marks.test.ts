import type { GuardTestResponse } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { confidencePercent, guardTestSegments } from './guard-test-marks';

describe('guardTestSegments', () => {
  it('marks personal information and 금칙어, keeping both where they overlap', () => {
    const text = '김철수 010-1234-5678 바보';
    const result: GuardTestResponse = {
      decision: 'mask',
      reason: null,
      maskedText: '[이름_1] [휴대전화번호_1] 바보',
      findings: [
        { type: 'person_name', label: '이름', start: 0, end: 3, confidence: 0.7, action: 'mask' },
        { type: 'mobile_phone', label: '휴대전화번호', start: 4, end: 17, confidence: 0.95, action: 'mask' },
      ],
      bannedWords: [
        { listName: '비속어', action: 'warn', word: '바보', start: 18, end: 20 },
        { listName: '번호', action: 'warn', word: '5678', start: 13, end: 17 },
      ],
    };
    const segments = guardTestSegments(text, result);
    expect(segments.map((segment) => [segment.text, segment.marks.map((mark) => mark.kind)])).toEqual([
      ['김철수', ['pii']],
      [' ', []],
      ['010-1234-', ['pii']],
      ['5678', ['pii', 'banned']],
      [' ', []],
      ['바보', ['banned']],
    ]);
  });
});

describe('confidencePercent', () => {
  it('rounds to a whole percent within 0 to 100', () => {
    expect(confidencePercent(0.953)).toBe(95);
    expect(confidencePercent(0.956)).toBe(96);
    expect(confidencePercent(1)).toBe(100);
    expect(confidencePercent(0)).toBe(0);
    expect(confidencePercent(1.2)).toBe(100);
    expect(confidencePercent(-0.1)).toBe(0);
  });
});
