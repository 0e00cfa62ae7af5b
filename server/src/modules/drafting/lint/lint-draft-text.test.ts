import { describe, expect, it } from 'vitest';
import { findingsOffTheirLines } from './findings-off-their-lines.js';
import { lintDraftText } from './lint-draft-text.js';
import { correctComplaintReplyBody, correctGianBody, correctPlanBody } from './realistic-bodies.js';

const rules = (text: string) => lintDraftText(text).map((finding) => finding.rule);

describe('lintDraftText', () => {
  it('finds nothing in bodies written by the rules', () => {
    for (const body of [correctGianBody, correctComplaintReplyBody, correctPlanBody]) {
      expect(lintDraftText(body), body).toEqual([]);
    }
  });

  it('leaves alone what looks like a date, time, amount or article but is not wrong', () => {
    for (const text of [
      '1. 관련: 총무과-1234(2025. 7. 1.)\n2. 위 호와 관련하여 보고합니다.  끝.',
      '누리집 http://x.go.kr 및 https://www.law.go.kr:8080/법령 참조  끝.',
      '전화 02-123-4567, 팩스 02-123-4568, 휴대전화 010-2025-1234  끝.',
      '「행정업무의 운영 및 혁신에 관한 규정」 제3조제1항제2호에 따라  끝.',
      '보조금 1,000,000원과 지원금 500,000원을 지급  끝.',
      '교육은 2시간 동안 진행하며, 3조 원 규모의 사업과 1.5배 증가  끝.',
      '| 시각 | 금액 |\n| --- | --- |\n| 14:00 | 금1,000,000원 |\n| 16:30 | 1,000,000원 |\n  끝.',
      '7. 31.(목) 회의 결과를 보고합니다.  끝.',
      '2025. 7.부터 2025. 12.까지 시행  끝.',
    ]) {
      expect(lintDraftText(text), text).toEqual([]);
    }
  });

  it('reports one finding per problem when kordoc and a project rule see the same one', () => {
    expect(rules('회의 일시: 2025.07.31  끝.')).toEqual(['DATE_NO_SPACE']);
    expect(rules('본문.\n\n붙임  계획서 1부.')).toEqual(['END_MARK_MISSING']);
    expect(rules('시작 14 : 30  끝.')).toEqual(['TIME_COLON_SP']);
    expect(rules('붙임 : 계획서 1부.  끝.')).toEqual(['BUNIM_COLON']);
  });

  it('reports only the rules asked for, and a project rule stands in when the kordoc one is left out', () => {
    const text = '2025.07.31 14시 개최';
    expect(lintDraftText(text, { rules: ['TIME_KOREAN'] }).map((finding) => finding.rule)).toEqual([
      'TIME_KOREAN',
    ]);
    expect(lintDraftText(text, { rules: ['DATE_FORMAT'] })).toMatchObject([
      { rule: 'DATE_FORMAT', fix: { replacement: '2025. 7. 31.' } },
    ]);
    expect(lintDraftText(text, { rules: [] }).map((finding) => finding.rule)).toEqual([
      'DATE_NO_SPACE',
      'END_MARK',
      'TIME_KOREAN',
    ]);
  });

  it('gives offsets into the whole text, on the right line, with Windows line breaks too', () => {
    const text = '1. 가\r\n3. 나\r\n  가. 다  끝.';
    const findings = lintDraftText(text);
    expect(findings).toMatchObject([
      {
        rule: 'ITEM_MARKER_SEQUENCE',
        line: 2,
        start: 6,
        end: 8,
        fix: { start: 6, end: 8, replacement: '2.' },
      },
      { rule: 'ITEM_SINGLE', line: 3, fix: { start: 14, end: 17, replacement: '' } },
    ]);
    expect(findingsOffTheirLines(text, findings)).toEqual([]);
  });

  it('keeps every finding of a messy generated body on its line', () => {
    const text = [
      '1. 관련 : 총무과-1234(2025.07.01)',
      '2. 2025년 7월 31일 목요일 오후 2시에 교육을 실시합니다.',
      '  가. 일시 : 2025.7.31 (목) 14시~16시',
      '  다. 예산: 금 1500000원',
      '  마. 근거: 도로교통법 제32조 제1항',
      '',
      '붙임: 1. 계획서 1부',
      '2. 명단 1 부',
      '',
    ].join('\n');
    const findings = lintDraftText(text);
    expect(findings.length).toBeGreaterThan(15);
    expect(findingsOffTheirLines(text, findings)).toEqual([]);
    // kordoc reports a missing 끝. on the last (blank) line; it is moved to where 끝. goes.
    expect(findings.find((finding) => finding.rule === 'END_MARK_MISSING')).toMatchObject({ line: 8 });
  });

  it('finds nothing in an empty body', () => {
    expect(lintDraftText('')).toEqual([]);
    expect(lintDraftText('\n  \n')).toEqual([]);
  });

  it('wants 끝. only at the end of the text', () => {
    expect(lintDraftText('1. 가  끝.\n2. 나  끝.')).toMatchObject([
      { rule: 'END_MARK', line: 1, start: 4, end: 8, fix: { start: 4, end: 8, replacement: '' } },
    ]);
    expect(lintDraftText('가\n끝.\n나  끝.')).toMatchObject([
      { rule: 'END_MARK', line: 2, fix: { start: 2, end: 5, replacement: '' } },
    ]);
  });

  it('drops what kordoc gets wrong: 금 ending a word, readings in tables, time colons', () => {
    expect(rules('지금 3건, 보조금 1,000원  끝.')).toEqual([]);
    expect(rules('| 금1,000원 |\n  끝.')).toEqual([]);
    expect(rules('09 :00  끝.')).toEqual(['TIME_COLON_SP']);
  });
});
