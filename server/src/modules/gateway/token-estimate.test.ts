import { describe, expect, it } from 'vitest';
import { estimateTokens, estimateTokensGenerously } from './token-estimate.js';

describe('estimateTokensGenerously', () => {
  // Budget reservations must not hold less than the call can use: the quick estimate stays above the count.
  it.each([
    [
      'Korean prose',
      '민원인은 2026년 11월 30일 주차장 이용 요금 감면을 신청하였으며, 담당 부서는 관련 조례를 검토하였습니다. '.repeat(
        20,
      ),
    ],
    ['English prose', 'The applicant asked for a reduced parking fee under the city ordinance. '.repeat(20)],
    [
      'numbers and code',
      'const total = items.reduce((sum, item) => sum + item.price * 1.1, 0); // 2,345,678원\n'.repeat(20),
    ],
    ['mixed', 'AI 주무관 API 키(key)는 한 번만 보입니다: sk-abc123, 02-123-4567. '.repeat(20)],
  ])('leans above the tokenizer for %s', (_name, text) => {
    const counted = estimateTokens(text);
    const generous = estimateTokensGenerously(text);
    expect(generous).toBeGreaterThanOrEqual(counted);
    // Generous, not wild: within three times the count.
    expect(generous).toBeLessThanOrEqual(counted * 3);
  });

  it('is zero for empty text', () => {
    expect(estimateTokensGenerously('')).toBe(0);
  });
});
