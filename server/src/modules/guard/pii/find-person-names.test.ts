import { describe, expect, it } from 'vitest';
import { findPersonNames } from './find-person-names.js';

const values = (text: string) => findPersonNames(text).map(({ value }) => value);

describe('findPersonNames', () => {
  it('finds names after 성명/이름/민원인/신청인/대표자/담당자, with or without a colon', () => {
    expect(findPersonNames('성명: 홍길동')).toEqual([
      { type: 'person_name', start: 4, end: 7, value: '홍길동', confidence: 0.9 },
    ]);
    expect(values('민원인 김철수는 신청인 박영희의 대표자 최민수, 담당자:이수진, 이름 정하늘')).toEqual([
      '김철수',
      '박영희',
      '최민수',
      '이수진',
      '정하늘',
    ]);
  });

  it('finds names before 님 and 씨, glued or spaced, and through a title', () => {
    expect(values('홍길동 님, 이영희씨가, 김철수님께서, 박민수 주무관님, 최지현 과장')).toEqual([
      '홍길동',
      '이영희',
      '김철수',
      '박민수',
      '최지현',
    ]);
  });

  it('knows compound surnames', () => {
    expect(values('성명: 남궁민수, 황보관 님, 제갈성렬씨')).toEqual(['남궁민수', '황보관', '제갈성렬']);
  });

  it('ignores forms of address and common words', () => {
    for (const text of [
      '고객님, 선생님, 과장님, 여러분',
      '어머님과 아버님, 사모님',
      '담당자 지정 후 회신',
      '신청인 본인이 방문',
      '성명 및 연락처를 적어 주십시오',
      '이름을 정확하게 기재',
      '기획과 팀장님',
      '최근 과장님께 보고',
      '마음씨가 곱다, 민속씨름',
    ]) {
      expect(values(text), text).toEqual([]);
    }
  });

  it('does not take a surname-less word as a name', () => {
    expect(values('민원인 요청에 따라')).toEqual([]);
  });
});
