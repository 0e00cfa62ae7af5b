import { describe, expect, it } from 'vitest';
import { analyzeForIndex } from '../analyze/korean-analyzer.js';
import { contentWordsOf, searchTermsOf, wordCoverage } from './query-words.js';

describe('query words', () => {
  it('leaves out question and request words', () => {
    expect(contentWordsOf('공용차량 배차는 언제까지 신청해야 하나요?').map((word) => word.stem)).toEqual([
      '공용차량',
      '배차',
      '신청',
    ]);
    expect(contentWordsOf('대회의실 하루 사용료가 얼마인가요').map((word) => word.stem)).toEqual([
      '대회의실',
      '하루',
      '사용료',
    ]);
    expect(contentWordsOf('청년 월세 지원 자격 알려주세요').map((word) => word.stem)).toEqual([
      '청년',
      '월세',
      '지원',
      '자격',
    ]);
  });

  it('falls back to every token when only question words are left', () => {
    expect(searchTermsOf('뭐야?')).not.toEqual([]);
  });

  it('measures how many content words a passage holds', () => {
    const passage = new Set(
      analyzeForIndex('공용차량은 사용 2일 전까지 차량관리시스템으로 배차를 신청한다.'),
    );
    expect(wordCoverage(contentWordsOf('공용차량 배차는 언제까지 신청해야 하나요?'), passage)).toBe(1);
    expect(wordCoverage(contentWordsOf('올해 구청장 해외 출장 일정 알려줘'), passage)).toBe(0);
    expect(wordCoverage(contentWordsOf('공용차량 주유 카드 분실'), passage)).toBeCloseTo(1 / 4);
  });
});
