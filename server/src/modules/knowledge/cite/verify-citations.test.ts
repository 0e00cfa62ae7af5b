import { describe, expect, it } from 'vitest';
import type { GroundingSource } from './grounding-source.js';
import { groundingSystemPrompt } from './grounding-source.js';
import { verifyCitations } from './verify-citations.js';

function source(number: number, text: string): GroundingSource {
  return {
    number,
    chunkId: 100 + number,
    documentId: '00000000-0000-4000-8000-00000000000' + String(number),
    collectionId: '00000000-0000-4000-8000-000000000009',
    documentTitle: `문서 ${String(number)}`,
    sectionPath: ['제2장 지원', `제${String(number)}조(지원 대상)`],
    pageStart: number,
    pageEnd: number,
    text,
  };
}

const sources = [
  source(1, '제5조(지원 대상) ① 월세 지원 대상은 만 19세 이상 39세 이하의 무주택 청년으로 한다.'),
  source(2, '신청은 매년 3월 2일부터 3월 31일까지 주민센터에서 받는다.'),
];

describe('verifyCitations', () => {
  it('keeps markers that name given sources and lists them in order of use', () => {
    const result = verifyCitations(
      '지원 대상은 무주택 청년입니다 [1]. 신청은 3월에 받습니다 [2][1].',
      sources,
    );
    expect(result.text).toBe('지원 대상은 무주택 청년입니다 [1]. 신청은 3월에 받습니다 [2][1].');
    expect(result.citations.map((citation) => citation.number)).toEqual([1, 2]);
    expect(result.citations[0]).toMatchObject({ chunkId: 101, documentTitle: '문서 1', pageStart: 1 });
    expect(result.removed).toBe(0);
  });

  it('removes a number that was never a source', () => {
    const result = verifyCitations('신청 기간은 3월입니다 [2][7].', sources);
    expect(result.text).toBe('신청 기간은 3월입니다 [2].');
    expect(result.removed).toBe(1);
    expect(result.citations.map((citation) => citation.number)).toEqual([2]);
  });

  it('keeps a citation whose quote occurs in the passage, ignoring spacing', () => {
    const result = verifyCitations(
      '조례는 “만 19세 이상  39세 이하의 무주택 청년”을 대상으로 합니다 [1].',
      sources,
    );
    expect(result.citations).toHaveLength(1);
    expect(result.citations[0]?.quote).toBe('만 19세 이상  39세 이하의 무주택 청년');
  });

  it('removes a citation whose quote the cited passage does not contain', () => {
    const result = verifyCitations(
      '조례는 “만 18세 이상 청년”을 대상으로 합니다 [1]. 신청은 3월입니다 [2].',
      sources,
    );
    expect(result.text).toBe('조례는 “만 18세 이상 청년”을 대상으로 합니다. 신청은 3월입니다 [2].');
    expect(result.removed).toBe(1);
    expect(result.citations.map((citation) => citation.number)).toEqual([2]);
  });

  it('checks a quote against the source its own sentence cites, not an earlier one', () => {
    const result = verifyCitations(
      '대상은 “무주택 청년”입니다 [1]. 접수는 “주민센터에서 받는다” [2].',
      sources,
    );
    expect(result.citations.map((citation) => citation.number)).toEqual([1, 2]);
    expect(result.removed).toBe(0);
  });

  it('reads comma lists inside one bracket', () => {
    const result = verifyCitations('둘 다 해당합니다 [1, 2].', sources);
    expect(result.text).toBe('둘 다 해당합니다 [1][2].');
    expect(result.citations).toHaveLength(2);
  });

  it('leaves an answer without markers alone', () => {
    const result = verifyCitations('제공된 문서에서 확인할 수 없습니다.', sources);
    expect(result).toEqual({ text: '제공된 문서에서 확인할 수 없습니다.', citations: [], removed: 0 });
  });
});

describe('groundingSystemPrompt', () => {
  it('numbers the sources with title, section path and page', () => {
    const prompt = groundingSystemPrompt(sources);
    expect(prompt).toContain('[1] 문서: 문서 1 (제2장 지원 › 제1조(지원 대상), 1쪽)');
    expect(prompt).toContain('[2] 문서: 문서 2');
    expect(prompt).toContain('추측하지 말고');
  });
});
