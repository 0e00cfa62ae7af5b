import type { MessageCitation } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import {
  initialSummaryState,
  parseDocumentSummaryEvent,
  summaryCopyText,
  summaryPercent,
  summaryReducer,
  type SummaryAction,
  type SummaryState,
} from './document-summary-state';

function citation(number: number, overrides: Partial<MessageCitation> = {}): MessageCitation {
  return {
    number,
    chunkId: 100 + number,
    documentId: '00000000-0000-4000-8000-000000000001',
    collectionId: '00000000-0000-4000-8000-000000000002',
    documentTitle: '복무 규정',
    sectionPath: ['제2장 복무', '제10조 휴가'],
    pageStart: 3,
    quote: null,
    ...overrides,
  };
}

function run(actions: SummaryAction[], from: SummaryState = initialSummaryState): SummaryState {
  return actions.reduce(summaryReducer, from);
}

describe('summaryReducer', () => {
  it('starts without a known total', () => {
    expect(run([{ type: 'start' }])).toEqual({ phase: 'running', done: 0, total: null });
  });

  it('follows the progress events', () => {
    const state = run([
      { type: 'start' },
      { type: 'event', event: { type: 'progress', done: 0, total: 4 } },
      { type: 'event', event: { type: 'progress', done: 2, total: 4 } },
    ]);
    expect(state).toEqual({ phase: 'running', done: 2, total: 4 });
  });

  it('never moves progress back nor past the total', () => {
    const state = run([
      { type: 'start' },
      { type: 'event', event: { type: 'progress', done: 3, total: 4 } },
      { type: 'event', event: { type: 'progress', done: 1, total: 4 } },
    ]);
    expect(state).toEqual({ phase: 'running', done: 3, total: 4 });
    expect(run([{ type: 'event', event: { type: 'progress', done: 9, total: 4 } }], state)).toEqual({
      phase: 'running',
      done: 4,
      total: 4,
    });
  });

  it('ignores a progress event without a total', () => {
    const state = run([{ type: 'start' }, { type: 'event', event: { type: 'progress', done: 0, total: 0 } }]);
    expect(state).toEqual({ phase: 'running', done: 0, total: null });
  });

  it('finishes with the summary and its citations, and the stream end after it changes nothing', () => {
    const citations = [citation(1)];
    const state = run([
      { type: 'start' },
      { type: 'event', event: { type: 'progress', done: 1, total: 1 } },
      { type: 'event', event: { type: 'summary', text: '요점 [1]', citations } },
      { type: 'ended' },
    ]);
    expect(state).toEqual({ phase: 'finished', text: '요점 [1]', citations });
  });

  it('fails with the server message of an error event', () => {
    const state = run([
      { type: 'start' },
      {
        type: 'event',
        event: { type: 'error', code: 'upstream_error', message: '요약을 만들지 못했습니다.' },
      },
      { type: 'ended' },
    ]);
    expect(state).toEqual({ phase: 'failed', message: '요약을 만들지 못했습니다.' });
  });

  it('fails with the message of a refused request', () => {
    const state = run([
      { type: 'start' },
      { type: 'failed', message: '내부 자료는 내부 모델로만 처리할 수 있습니다.' },
    ]);
    expect(state).toEqual({ phase: 'failed', message: '내부 자료는 내부 모델로만 처리할 수 있습니다.' });
  });

  it('fails without a message when the stream ends before any answer', () => {
    const state = run([
      { type: 'start' },
      { type: 'event', event: { type: 'progress', done: 1, total: 3 } },
      { type: 'ended' },
    ]);
    expect(state).toEqual({ phase: 'failed', message: null });
  });

  it('goes back to idle when cancelled and ignores what arrives afterwards', () => {
    const state = run([
      { type: 'start' },
      { type: 'cancelled' },
      { type: 'event', event: { type: 'summary', text: '늦은 요약', citations: [] } },
      { type: 'failed', message: '늦은 오류' },
    ]);
    expect(state).toEqual({ phase: 'idle', cancelled: true });
  });

  it('starts over from a finished or failed summary', () => {
    const finished: SummaryState = { phase: 'finished', text: '요약', citations: [] };
    expect(run([{ type: 'start' }], finished)).toEqual({ phase: 'running', done: 0, total: null });
    expect(run([{ type: 'start' }], { phase: 'failed', message: null })).toEqual({
      phase: 'running',
      done: 0,
      total: null,
    });
  });
});

describe('summaryPercent', () => {
  it('is 0 until the total is known', () => {
    expect(summaryPercent({ done: 0, total: null })).toBe(0);
  });

  it('is the share of model calls done', () => {
    expect(summaryPercent({ done: 1, total: 4 })).toBe(25);
    expect(summaryPercent({ done: 4, total: 4 })).toBe(100);
  });
});

describe('parseDocumentSummaryEvent', () => {
  it('reads the events of the contract', () => {
    expect(
      parseDocumentSummaryEvent({ event: 'progress', data: '{"type":"progress","done":1,"total":3}' }),
    ).toEqual({
      type: 'progress',
      done: 1,
      total: 3,
    });
    const summary = { type: 'summary', text: '요약 [1]', citations: [citation(1)] };
    expect(parseDocumentSummaryEvent({ event: 'summary', data: JSON.stringify(summary) })).toEqual(summary);
  });

  it('skips frames that are not JSON or not summary events', () => {
    expect(parseDocumentSummaryEvent({ event: 'message', data: 'keep-alive' })).toBeNull();
    expect(parseDocumentSummaryEvent({ event: 'delta', data: '{"type":"delta","text":"x"}' })).toBeNull();
  });
});

describe('summaryCopyText', () => {
  const labels = { sources: '출처', page: (page: number) => `${String(page)}쪽` };

  it('is the summary alone when nothing is cited', () => {
    expect(summaryCopyText('  요약 본문\n', [], labels)).toBe('요약 본문');
  });

  it('lists the sources after the summary', () => {
    const citations = [citation(1), citation(2, { sectionPath: [], pageStart: null, documentTitle: '지침' })];
    expect(summaryCopyText('연가는 사전에 신청한다 [1][2].', citations, labels)).toBe(
      '연가는 사전에 신청한다 [1][2].\n\n출처\n[1] 복무 규정 · 제2장 복무 › 제10조 휴가 · 3쪽\n[2] 지침',
    );
  });
});
