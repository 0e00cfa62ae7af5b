import type { ChatMessage, GuardNotice, MessageCitation } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import type { ActiveStream } from './active-stream';
import {
  mergeStreamMessages,
  pendingAssistantMessageId,
  pendingUserMessageId,
} from './merge-stream-messages';

function stored(id: string, role: ChatMessage['role'], content: string): ChatMessage {
  return {
    id,
    role,
    content,
    status: 'complete',
    errorCode: null,
    model: 'm',
    guardNotices: [],
    citations: [],
    createdAt: '2025-03-10T00:00:00.000Z',
  };
}

const baseStream: ActiveStream = {
  conversationId: 'c',
  model: 'm',
  pendingUserContent: '질문',
  userMessage: null,
  assistantMessageId: null,
  replacedMessageIds: [],
  text: '',
  guardNotices: [],
  citations: [],
  status: 'streaming',
  errorMessage: null,
  phase: 'streaming',
};

const history = [
  stored('s', 'system', 'prompt'),
  stored('u1', 'user', '첫 질문'),
  stored('a1', 'assistant', '답'),
];

describe('mergeStreamMessages', () => {
  it('shows stored messages without system prompts', () => {
    expect(mergeStreamMessages(history, null, new Map()).map((message) => message.id)).toEqual(['u1', 'a1']);
  });

  it('appends the pending question and the streaming answer', () => {
    const merged = mergeStreamMessages(history, { ...baseStream, text: '부분' }, new Map());
    expect(merged.map((message) => [message.id, message.status, message.content])).toEqual([
      ['u1', 'complete', '첫 질문'],
      ['a1', 'complete', '답'],
      [pendingUserMessageId, 'complete', '질문'],
      [pendingAssistantMessageId, 'streaming', '부분'],
    ]);
  });

  it('never shows a live message twice after a refetch during streaming', () => {
    const stream: ActiveStream = {
      ...baseStream,
      userMessage: stored('u2', 'user', '질문'),
      assistantMessageId: 'a2',
      text: '스트리밍 중',
    };
    const refetched = [
      ...history,
      stored('u2', 'user', '질문'),
      { ...stored('a2', 'assistant', '스'), status: 'streaming' as const },
    ];
    expect(
      mergeStreamMessages(refetched, stream, new Map()).map((message) => [message.id, message.content]),
    ).toEqual([
      ['u1', '첫 질문'],
      ['a1', '답'],
      ['u2', '질문'],
      ['a2', '스트리밍 중'],
    ]);
  });

  it('hides every answer being regenerated', () => {
    // An earlier regeneration that did not complete leaves two answers after the question.
    const withRetry = [
      ...history,
      { ...stored('a1b', 'assistant', '끊긴 답'), status: 'interrupted' as const },
    ];
    const stream: ActiveStream = {
      ...baseStream,
      pendingUserContent: null,
      replacedMessageIds: ['a1', 'a1b'],
      text: '새 답',
    };
    expect(mergeStreamMessages(withRetry, stream, new Map()).map((message) => message.content)).toEqual([
      '첫 질문',
      '새 답',
    ]);
  });

  it('keeps the error message seen during streaming for the stored answer', () => {
    const interrupted = { ...stored('a1', 'assistant', '부분'), status: 'interrupted' as const };
    const merged = mergeStreamMessages([interrupted], null, new Map([['a1', '모델 연결이 끊겼습니다']]));
    expect(merged[0]?.errorMessage).toBe('모델 연결이 끊겼습니다');
  });

  it('shows the guard notices of stored answers and of the streaming one', () => {
    const masked: GuardNotice = {
      kind: 'masked',
      piiTypes: [{ type: 'mobile_phone', label: '휴대전화번호', count: 1 }],
    };
    const warned: GuardNotice = { kind: 'warned', listName: '비속어', where: 'output' };
    const storedAnswer = { ...stored('a1', 'assistant', '답'), guardNotices: [masked] };
    const merged = mergeStreamMessages(
      [stored('u1', 'user', '첫 질문'), storedAnswer],
      { ...baseStream, guardNotices: [warned] },
      new Map(),
    );
    expect(merged.map((message) => message.guardNotices)).toEqual([[], [masked], [], [warned]]);
  });

  it('shows the citations of stored answers and the candidates of the streaming one', () => {
    const cite = (number: number): MessageCitation => ({
      number,
      chunkId: number,
      documentId: '00000000-0000-4000-8000-000000000001',
      collectionId: '00000000-0000-4000-8000-000000000002',
      documentTitle: '여비 규정',
      sectionPath: ['제5조'],
      pageStart: 3,
      quote: null,
    });
    const storedAnswer = { ...stored('a1', 'assistant', '답[1]'), citations: [cite(1)] };
    const merged = mergeStreamMessages(
      [stored('u1', 'user', '첫 질문'), storedAnswer],
      { ...baseStream, citations: [cite(1), cite(2)] },
      new Map(),
    );
    expect(merged.map((message) => message.citations.map((item) => item.number))).toEqual([
      [],
      [1],
      [],
      [1, 2],
    ]);
  });
});
