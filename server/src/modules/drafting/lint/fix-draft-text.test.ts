import { describe, expect, it } from 'vitest';
import { fixDraftText } from './fix-draft-text.js';
import { lintDraftText } from './lint-draft-text.js';
import { correctComplaintReplyBody, correctGianBody, correctPlanBody } from './realistic-bodies.js';

const messyGianBody = [
  '1. 관련 : 총무과-1234(2025.07.01)',
  '2. 위 호와 관련하여 2025년 7월 31일 목요일 오후 2시에 정보보호 교육을 실시합니다.',
  '  가. 일시 : 2025.7.31 (목) 14시~16시',
  '  다. 장소: 본관 3층',
  '  라. 예산: 금 1500000원',
  '  마. 근거: 개인정보보호법 제28조 제1항, 같은 법 시행령 제30조 1항',
  '3. 협조사항',
  '   가. 참석자 명단을 7월 25일까지 제출',
  '',
  '붙임: 1. 교육계획서 1부',
  '2. 참석자 명단 1 부',
].join('\n');

describe('fixDraftText', () => {
  it('rewrites a generated 기안문 body into the notation the rules want', () => {
    expect(fixDraftText(messyGianBody)).toBe(
      [
        '1. 관련: 총무과-1234(2025. 7. 1.)',
        '2. 위 호와 관련하여 2025. 7. 31.(목) 14:00에 정보보호 교육을 실시합니다.',
        '  가. 일시: 2025. 7. 31.(목) 14:00~16:00',
        '  나. 장소: 본관 3층',
        '  다. 예산: 금1,500,000원(금일백오십만원)',
        '  라. 근거: 「개인정보보호법」 제28조제1항, 같은 법 시행령 제30조제1항',
        '3. 협조사항',
        '  참석자 명단을 7. 25.까지 제출',
        '',
        '붙임  1. 교육계획서 1부.',
        '      2. 참석자 명단 1부.  끝.',
      ].join('\n'),
    );
  });

  it('leaves nothing fixable behind, and fixing again changes nothing', () => {
    const fixed = fixDraftText(messyGianBody);
    expect(lintDraftText(fixed).filter((finding) => finding.fix !== null)).toEqual([]);
    expect(fixDraftText(fixed)).toBe(fixed);
  });

  it('does not touch correct bodies', () => {
    for (const body of [correctGianBody, correctComplaintReplyBody, correctPlanBody])
      expect(fixDraftText(body)).toBe(body);
  });

  it('keeps findings it cannot fix (a two-digit year) and fixes the rest', () => {
    const fixed = fixDraftText("'25. 7. 1. 오후 3시 시행");
    expect(fixed).toBe("'25. 7. 1. 15:00 시행  끝.");
    expect(lintDraftText(fixed).map((finding) => finding.rule)).toEqual(['DATE_2DIGIT_YR']);
  });

  it('applies only the rules asked for', () => {
    expect(fixDraftText('2025.7.31 14시 개최', { rules: ['TIME_KOREAN'] })).toBe('2025.7.31 14:00 개최');
  });

  it('puts 끝. below a body that ends in a full table, and 이하 빈칸 in one that ends early', () => {
    expect(fixDraftText('1. 현황\n2. 계획\n| 구분 | 인원 |\n| --- | --- |\n| 1 | 2 |')).toBe(
      '1. 현황\n2. 계획\n| 구분 | 인원 |\n| --- | --- |\n| 1 | 2 |\n  끝.',
    );
    expect(fixDraftText('| 구분 | 인원 |\n| --- | --- |\n| 1 | 2 |\n|  |  |\n  끝.')).toBe(
      '| 구분 | 인원 |\n| --- | --- |\n| 1 | 2 |\n| 이하 빈칸 |  |',
    );
  });
});
