import { describe, expect, it } from 'vitest';
import { cleanModelBody, withoutEndMark } from './clean-model-body.js';

describe('cleanModelBody', () => {
  it('drops code fences, heading marks, bold and a repeated title but keeps indentation', () => {
    const text = '```\n제목: 교육 계획\n## 1. 개요\n  가. **기간**: 2026. 9. 1.   \n\n\n\n  나. 대상\n```';
    expect(cleanModelBody(text, '교육 계획')).toBe('1. 개요\n  가. 기간: 2026. 9. 1.\n\n  나. 대상');
  });
});

describe('withoutEndMark', () => {
  it('removes a closing 끝. from documents that do not take one, and nothing else', () => {
    expect(withoutEndMark('□ 시는 AI를 도입했다.  끝.')).toBe('□ 시는 AI를 도입했다.');
    expect(withoutEndMark('□ 본문\n끝.\n')).toBe('□ 본문');
    expect(withoutEndMark('□ 끝.까지 간다는 말')).toBe('□ 끝.까지 간다는 말');
  });
});
