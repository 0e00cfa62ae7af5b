import { describe, expect, it } from 'vitest';
import { parseChatStreamEvent } from './parse-chat-stream-event';

describe('parseChatStreamEvent', () => {
  it('skips frames that are not chat events', () => {
    expect(parseChatStreamEvent({ event: 'delta', data: 'not json' })).toBeNull();
    expect(parseChatStreamEvent({ event: 'ping', data: '{"type":"ping"}' })).toBeNull();
  });

  it('reads an error event with its Korean message', () => {
    const error = {
      type: 'error',
      code: 'upstream_timeout',
      message: '모델 응답이 지연됩니다',
      status: 'interrupted',
    };
    expect(parseChatStreamEvent({ event: 'error', data: JSON.stringify(error) })).toEqual(error);
  });

  it('reads the candidate citations and a done event with the checked citations and saved text', () => {
    const cited = {
      number: 1,
      chunkId: 12,
      documentId: '00000000-0000-4000-8000-000000000001',
      collectionId: '00000000-0000-4000-8000-000000000002',
      documentTitle: '공용차량 관리 지침',
      sectionPath: ['1. 배차 신청'],
      pageStart: null,
      quote: null,
    };
    const citations = { type: 'citations', citations: [cited] };
    expect(parseChatStreamEvent({ event: 'citations', data: JSON.stringify(citations) })).toEqual(citations);
    const done = {
      type: 'done',
      status: 'complete',
      citations: [{ ...cited, quote: '사용 2일 전까지' }],
      content: '배차는 사용 2일 전까지 신청합니다[1].',
      usage: null,
    };
    expect(parseChatStreamEvent({ event: 'done', data: JSON.stringify(done) })).toEqual(done);
  });
});
