import type { MessageCitation } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { settleStreamedAnswer, type StreamedAnswer } from './streamed-answer';

function citation(number: number, quote: string | null = null): MessageCitation {
  return {
    number,
    chunkId: number * 10,
    documentId: '00000000-0000-4000-8000-000000000001',
    collectionId: '00000000-0000-4000-8000-000000000002',
    documentTitle: `문서 ${String(number)}`,
    sectionPath: ['제2장', '제5조'],
    pageStart: 3,
    quote,
  };
}

const streamed: StreamedAnswer = {
  text: '여비는 5일 안에 정산합니다[1]. 숙박비는 실비입니다[2][3].',
  citations: [citation(1), citation(2), citation(3)],
};

describe('settleStreamedAnswer', () => {
  it('replaces the candidates with the checked citations and the text with the saved one', () => {
    const settled = settleStreamedAnswer(streamed, {
      citations: [citation(1, '5일 안에'), citation(3)],
      content: '여비는 5일 안에 정산합니다[1]. 숙박비는 실비입니다[3].',
    });
    expect(settled).toEqual({
      text: '여비는 5일 안에 정산합니다[1]. 숙박비는 실비입니다[3].',
      citations: [citation(1, '5일 안에'), citation(3)],
    });
  });

  it('keeps the streamed text when no marker was removed', () => {
    const settled = settleStreamedAnswer(streamed, { citations: [citation(1), citation(2), citation(3)] });
    expect(settled.text).toBe(streamed.text);
    expect(settled.citations.map((item) => item.number)).toEqual([1, 2, 3]);
  });

  it('drops every candidate when none passed the check', () => {
    expect(settleStreamedAnswer(streamed, { citations: [], content: '근거 없는 답' })).toEqual({
      text: '근거 없는 답',
      citations: [],
    });
  });

  it('leaves an answer that was not grounded as it streamed', () => {
    const plain: StreamedAnswer = { text: '일반 답변 [1]', citations: [] };
    expect(settleStreamedAnswer(plain, {})).toEqual(plain);
  });
});
