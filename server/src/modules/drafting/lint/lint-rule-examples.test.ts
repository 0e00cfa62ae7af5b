import { describe, expect, it } from 'vitest';
import { applyLintFixes } from './apply-lint-fixes.js';
import { findingsOffTheirLines } from './findings-off-their-lines.js';
import { lintDraftText } from './lint-draft-text.js';
import { lintRuleCatalog } from './lint-rule-catalog.js';

interface RuleExample {
  /** Text without a finding of this rule. */
  right: string;
  wrong: string;
  /** The wrong text after applying the finding's fix, or null when the rule cannot know the right text. */
  fixed: string | null;
  replacement?: string;
}

const examples: Record<string, RuleExample> = {
  DATE_NO_SPACE: {
    right: '회의는 2025. 7. 31.에 엽니다.',
    wrong: '회의는 2025.7.31.에 엽니다.',
    fixed: '회의는 2025. 7. 31.에 엽니다.',
    replacement: '2025. 7. 31.',
  },
  DATE_ZERO_PAD: {
    right: '2025. 7. 1. 시행',
    wrong: '2025. 07. 01. 시행',
    fixed: '2025. 7. 1. 시행',
    replacement: '2025. 7. 1.',
  },
  DATE_2DIGIT_YR: { right: '2025. 7. 1. 시행', wrong: "'25. 7. 1. 시행", fixed: null },
  DATE_NO_END_DOT: {
    right: '2025. 7. 31. 기준',
    wrong: '2025. 7. 31 기준',
    fixed: '2025. 7. 31. 기준',
    replacement: '2025. 7. 31.',
  },
  DATE_HYPHEN: {
    right: '2025. 7. 31. 기준',
    wrong: '2025-07-31 기준',
    fixed: '2025. 7. 31. 기준',
    replacement: '2025. 7. 31.',
  },
  TIME_AMPM: {
    right: '14:30에 시작',
    wrong: '오후 2시 30분에 시작',
    fixed: '14:30에 시작',
    replacement: '14:30',
  },
  TIME_24H: { right: '18:00까지 운영', wrong: '24시까지 운영', fixed: null },
  TIME_COLON_SP: {
    right: '14:30에 시작',
    wrong: '14 : 30에 시작',
    fixed: '14:30에 시작',
    replacement: '14:30',
  },
  MONEY_CHEONWON: {
    right: '예산 1,500,000원',
    wrong: '예산 1,500천원',
    fixed: '예산 1,500,000원',
    replacement: '1,500,000원',
  },
  MONEY_GEUM_SP: {
    right: '보조금 50,000원을 지급',
    wrong: '금 50,000원(금오만원)',
    fixed: '금50,000원(금오만원)',
    replacement: '금',
  },
  BUNIM_COLON: {
    right: '붙임  계획서 1부.  끝.',
    wrong: '붙임: 계획서 1부.  끝.',
    fixed: '붙임  계획서 1부.  끝.',
    replacement: '붙임  ',
  },
  KKAJI_DUP: {
    right: '7. 1.~7. 31. 접수',
    wrong: '7. 1.~7. 31.까지 접수',
    fixed: '7. 1.~7. 31. 접수',
    replacement: '',
  },
  FOREIGN_FIRST: {
    right: '업무협약(MOU) 체결',
    wrong: 'MOU(업무협약) 체결',
    fixed: '업무협약(MOU) 체결',
    replacement: '업무협약(MOU)',
  },
  COLON_SPACE: {
    right: '장소: 대회의실, 시각 14:30',
    wrong: '장소 :대회의실',
    fixed: '장소: 대회의실',
    replacement: ': ',
  },
  MONEY_NO_HANGUL: {
    right: '금113,560원(금일십일만삼천오백육십원)을 지급',
    wrong: '금113,560원을 지급',
    fixed: '금113,560원(금일십일만삼천오백육십원)을 지급',
    replacement: '(금일십일만삼천오백육십원)',
  },
  TILDE_SPACE: { right: '09:00~18:00', wrong: '09:00 ~ 18:00', fixed: '09:00~18:00', replacement: '~' },
  DUEUM_ERROR: {
    right: '2025년도 실적과 연도별 실적',
    wrong: '년도별 실적',
    fixed: '연도별 실적',
    replacement: '연도별',
  },
  LOANWORD_ERROR: { right: '콘텐츠 제작', wrong: '컨텐츠 제작', fixed: '콘텐츠 제작', replacement: '콘텐츠' },
  DISCRIMINATORY_TERM: {
    right: '장애인 지원',
    wrong: '장애자 지원',
    fixed: '장애인 지원',
    replacement: '장애인',
  },
  AI_EM_DASH: { right: '검토, 완료', wrong: '검토 — 완료', fixed: null },
  AI_BOLD_OVERUSE: { right: '**가** 및 나', wrong: '**가** 및 **나** 및 **다**', fixed: null },
  END_MARK_MISSING: {
    right: '본문입니다.\n\n붙임  계획서 1부.  끝.',
    wrong: '본문입니다.\n\n붙임  계획서 1부.\n',
    fixed: '본문입니다.\n\n붙임  계획서 1부.  끝.\n',
    replacement: '  끝.',
  },
  DATE_FORMAT: {
    right: '2025. 7. 31.(목) 기준',
    wrong: '2025.  7.  31. 기준',
    fixed: '2025. 7. 31. 기준',
    replacement: '2025. 7. 31.',
  },
  DATE_KOREAN: {
    right: '2025. 7. 31.(목)에 개최',
    wrong: '2025년 7월 31일 목요일에 개최',
    fixed: '2025. 7. 31.(목)에 개최',
    replacement: '2025. 7. 31.(목)',
  },
  DATE_WEEKDAY: {
    right: '2025. 7. 31.(목) 개최',
    wrong: '2025. 7. 31.(금) 개최',
    fixed: '2025. 7. 31.(목) 개최',
    replacement: '(목)',
  },
  DATE_RANGE: {
    right: '2025. 7. 1.~7. 31. 접수',
    wrong: '2025. 7. 1.~7.31 접수',
    fixed: '2025. 7. 1.~7. 31. 접수',
    replacement: '7. 31.',
  },
  TIME_KOREAN: {
    right: '14:30에 시작하여 2시간 동안',
    wrong: '14시 30분에 시작',
    fixed: '14:30에 시작',
    replacement: '14:30',
  },
  MONEY_COMMA: {
    right: '예산 1,500,000원',
    wrong: '예산 1500000원',
    fixed: '예산 1,500,000원',
    replacement: '1,500,000',
  },
  MONEY_HANGUL_MISMATCH: {
    right: '금1,000,000원(금일백만원)',
    wrong: '금1,000,000원(금일십만원)',
    fixed: '금1,000,000원(금일백만원)',
    replacement: '(금일백만원)',
  },
  ITEM_MARKER_LEVEL: {
    right: '1. 가\n  가. 나\n  나. 다',
    wrong: '1. 가\n  1) 나\n  나. 다',
    fixed: '1. 가\n  가. 나\n  나. 다',
    replacement: '가.',
  },
  ITEM_MARKER_SEQUENCE: {
    right: '1. 가\n2. 나',
    wrong: '1. 가\n3. 나',
    fixed: '1. 가\n2. 나',
    replacement: '2.',
  },
  ITEM_INDENT: {
    right: '1. 가\n  가. 나\n  나. 다',
    wrong: '1. 가\n   가. 나\n  나. 다',
    fixed: '1. 가\n  가. 나\n  나. 다',
    replacement: '  ',
  },
  ITEM_MARKER_SPACE: {
    right: '1. 가\n2. 나',
    wrong: '1.  가\n2. 나',
    fixed: '1. 가\n2. 나',
    replacement: ' ',
  },
  ITEM_SINGLE: {
    right: '1. 가\n  나\n2. 다',
    wrong: '1. 가\n  가. 나\n2. 다',
    fixed: '1. 가\n  나\n2. 다',
    replacement: '',
  },
  END_MARK: {
    right: '본문입니다.  끝.',
    wrong: '본문입니다. 끝.',
    fixed: '본문입니다.  끝.',
    replacement: '  ',
  },
  TABLE_BLANK_REST: {
    right: '| 구분 | 인원 |\n| --- | --- |\n| 1 | 2 |\n| 이하 빈칸 |  |\n|  |  |',
    wrong: '| 구분 | 인원 |\n| --- | --- |\n| 1 | 2 |\n|  |  |\n|  |  |',
    fixed: '| 구분 | 인원 |\n| --- | --- |\n| 1 | 2 |\n| 이하 빈칸 |  |\n|  |  |',
    replacement: ' 이하 빈칸 ',
  },
  ATTACHMENT_SPACING: {
    right: '본문.\n\n붙임  계획서 1부.  끝.',
    wrong: '본문.\n\n붙임 계획서 1부.  끝.',
    fixed: '본문.\n\n붙임  계획서 1부.  끝.',
    replacement: '붙임  ',
  },
  ATTACHMENT_NUMBERING: {
    right: '붙임  1. 계획서 1부.\n      2. 예산서 1부.  끝.',
    wrong: '붙임  1. 계획서 1부.\n  2. 예산서 1부.  끝.',
    fixed: '붙임  1. 계획서 1부.\n      2. 예산서 1부.  끝.',
    replacement: '      2. ',
  },
  ATTACHMENT_COUNT: {
    right: '붙임  계획서 1부.  끝.',
    wrong: '붙임  계획서 1부  끝.',
    fixed: '붙임  계획서 1부.  끝.',
    replacement: ' 1부.',
  },
  STATUTE_BRACKETS: {
    right: '「도로교통법」 제32조와 같은 법 제5조에 따라',
    wrong: '도로교통법 제32조에 따라',
    fixed: '「도로교통법」 제32조에 따라',
    replacement: '「도로교통법」',
  },
  ARTICLE_NOTATION: {
    right: '「도로교통법」 제32조제1항제2호',
    wrong: '「도로교통법」 제32조 제1항 제2호',
    fixed: '「도로교통법」 제32조제1항제2호',
    replacement: '제32조제1항제2호',
  },
};

describe('every rule in the catalog', () => {
  it('has an example here', () => {
    expect(Object.keys(examples).sort()).toEqual(lintRuleCatalog.map((rule) => rule.code).sort());
  });

  for (const rule of lintRuleCatalog) {
    const example = examples[rule.code];
    if (!example) continue;
    const lint = (text: string) => lintDraftText(text, { rules: [rule.code] });

    it(`${rule.code}: leaves the right text alone`, () => {
      expect(lint(example.right)).toEqual([]);
    });

    it(`${rule.code}: reports the wrong text with ${example.fixed === null ? 'no fix' : 'the exact fix'}`, () => {
      const findings = lint(example.wrong);
      const [finding] = findings;
      expect(finding?.rule).toBe(rule.code);
      expect(finding?.severity).toBe(rule.severity);
      expect(findingsOffTheirLines(example.wrong, findings)).toEqual([]);
      if (!finding) return;
      if (example.fixed === null) {
        expect(finding.fix).toBeNull();
        return;
      }
      expect(finding.fix?.replacement).toBe(example.replacement);
      const fixed = applyLintFixes(example.wrong, [finding]);
      expect(fixed).toBe(example.fixed);
      expect(lint(fixed)).toEqual([]);
    });
  }
});
