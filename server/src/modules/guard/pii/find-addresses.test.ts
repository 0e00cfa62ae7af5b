import { describe, expect, it } from 'vitest';
import { findAddresses } from './find-addresses.js';

const values = (text: string) => findAddresses(text).map(({ value }) => value);

describe('findAddresses', () => {
  it('starts the span at the road name so the 시·도 and 시·군·구 stay visible', () => {
    const text = '서울특별시 강서구 공항대로 247, 101동 202호(마곡동)에 거주';
    expect(findAddresses(text)).toEqual([
      { type: 'address', start: 10, end: 34, value: '공항대로 247, 101동 202호(마곡동)', confidence: 0.85 },
    ]);
  });

  it('finds road names with side roads and 번길', () => {
    expect(values('강남구 논현로85길 10, 성남시 분당구 중앙로123번길 45-6, 세종시 도움6로 11')).toEqual([
      '논현로85길 10',
      '중앙로123번길 45-6',
      '도움6로 11',
    ]);
  });

  it('finds lot-number addresses with 산, 가 and 번지', () => {
    expect(values('강남구 역삼동 123-4번지, 양평군 용문면 덕촌리 산 12-3, 종로구 종로1가 12')).toEqual([
      '역삼동 123-4번지',
      '덕촌리 산 12-3',
      '종로1가 12',
    ]);
  });

  it('accepts a context word instead of a region name, with lower confidence', () => {
    expect(findAddresses('주소: 테헤란로 152')[0]).toMatchObject({ value: '테헤란로 152', confidence: 0.7 });
  });

  it('handles full-width digits and dashes', () => {
    expect(values('강남구 역삼동 １２３－４')).toEqual(['역삼동 １２３－４']);
  });

  it('ignores numbers that are not addresses', () => {
    for (const text of [
      '제3조제1항에 따라 2026년 11월 30일까지',
      '강남대로 일대 교통 통제',
      '우편으로 3부 제출',
      '서울시 공동 2위',
      '경기도 행정동 12개',
      '101동 202호',
      '2024가합12345 사건',
      '연구로 10년을 보냈다',
      '강남구 테헤란로 1.5km 구간',
    ]) {
      expect(values(text), text).toEqual([]);
    }
  });
});
