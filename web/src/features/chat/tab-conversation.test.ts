import type { ChatMessage } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import {
  answersAfterLastQuestion,
  emptyTabConversation,
  historyForQuestion,
  historyForRegenerate,
  settleTabExchange,
  type TabConversation,
  type TabExchangeResult,
} from './tab-conversation';

function message(
  id: string,
  role: ChatMessage['role'],
  content: string,
  status: ChatMessage['status'] = 'complete',
): ChatMessage {
  return {
    id,
    role,
    content,
    status,
    errorCode: null,
    model: 'm',
    guardNotices: [],
    citations: [],
    createdAt: '2025-03-10T00:00:00.000Z',
  };
}

function conversationOf(...messages: ChatMessage[]): TabConversation {
  return { ...emptyTabConversation, messages };
}

const started: TabExchangeResult = {
  started: true,
  refusalCode: null,
  assistantMessageId: 'a-new',
  model: 'exaone',
  modelLocation: 'internal',
  status: 'complete',
  errorCode: null,
  text: '답변',
  guardNotices: [],
  citations: [],
  grounded: false,
};

const refused: TabExchangeResult = {
  ...started,
  started: false,
  refusalCode: 'pii_blocked',
  assistantMessageId: null,
  status: 'failed',
  text: '',
};

let counter = 0;
const facts = { newId: () => `id-${String(++counter)}`, now: '2025-03-11T00:00:00.000Z' };

describe('historyForQuestion', () => {
  it('sends the conversation without failed or empty answers, then the new question', () => {
    const conversation = conversationOf(
      message('u1', 'user', '첫 질문'),
      message('a1', 'assistant', '', 'failed'),
      message('a2', 'assistant', '첫 답', 'stopped'),
    );
    expect(historyForQuestion(conversation, '둘째 질문')).toEqual([
      { role: 'user', content: '첫 질문' },
      { role: 'assistant', content: '첫 답' },
      { role: 'user', content: '둘째 질문' },
    ]);
  });

  it('keeps at most 200 messages, the newest, starting with a question', () => {
    const messages: ChatMessage[] = [];
    for (let index = 0; index < 150; index++) {
      messages.push(message(`u${String(index)}`, 'user', `q${String(index)}`));
      messages.push(message(`a${String(index)}`, 'assistant', `a${String(index)}`));
    }
    const history = historyForQuestion(conversationOf(...messages), '마지막');
    expect(history.length).toBeLessThanOrEqual(200);
    expect(history[0]?.role).toBe('user');
    expect(history.at(-1)).toEqual({ role: 'user', content: '마지막' });
  });
});

describe('historyForRegenerate', () => {
  it('sends everything up to the last question', () => {
    const conversation = conversationOf(
      message('u1', 'user', '질문'),
      message('a1', 'assistant', '답'),
      message('u2', 'user', '다시'),
      message('a2', 'assistant', '', 'failed'),
      message('a3', 'assistant', '둘째 답'),
    );
    expect(historyForRegenerate(conversation)).toEqual([
      { role: 'user', content: '질문' },
      { role: 'assistant', content: '답' },
      { role: 'user', content: '다시' },
    ]);
    expect(answersAfterLastQuestion(conversation.messages)).toEqual(['a2', 'a3']);
  });

  it('has nothing to send without a question', () => {
    expect(historyForRegenerate(emptyTabConversation)).toBeNull();
  });
});

describe('settleTabExchange', () => {
  it('adds the question and its answer with the guard notices', () => {
    const notices = [{ kind: 'warned', listName: '비속어', where: 'input' } as const];
    const next = settleTabExchange(
      emptyTabConversation,
      { kind: 'question', content: '질문' },
      { ...started, guardNotices: notices },
      facts,
    );
    expect(next.messages.map((item) => [item.role, item.content, item.status])).toEqual([
      ['user', '질문', 'complete'],
      ['assistant', '답변', 'complete'],
    ]);
    expect(next.messages[1]?.id).toBe('a-new');
    expect(next.messages[1]?.guardNotices).toEqual(notices);
    expect(next.sensitivity).toBe('normal');
  });

  it('keeps a stopped answer with what arrived', () => {
    const next = settleTabExchange(
      emptyTabConversation,
      { kind: 'question', content: '질문' },
      { ...started, status: 'stopped', text: '반쯤' },
      facts,
    );
    expect(next.messages[1]).toMatchObject({ content: '반쯤', status: 'stopped' });
  });

  it('changes no message when the request was refused', () => {
    const conversation = conversationOf(message('u1', 'user', '질문'), message('a1', 'assistant', '답'));
    const next = settleTabExchange(
      conversation,
      { kind: 'question', content: '주민번호 있음' },
      { ...refused, refusalCode: 'banned_word' },
      facts,
    );
    expect(next).toBe(conversation);
  });

  it('becomes internal when a question refused for personal information is answered on-prem', () => {
    const afterRefusal = settleTabExchange(
      emptyTabConversation,
      { kind: 'question', content: '개인정보' },
      refused,
      facts,
    );
    expect(afterRefusal).toMatchObject({ sensitivity: 'normal', piiRefusalPending: true, messages: [] });

    const answered = settleTabExchange(
      afterRefusal,
      { kind: 'question', content: '개인정보' },
      started,
      facts,
    );
    expect(answered).toMatchObject({ sensitivity: 'internal', piiRefusalPending: false });
  });

  it('stays normal when the question was sent to an external model after the refusal', () => {
    const afterRefusal = { ...emptyTabConversation, piiRefusalPending: true };
    const answered = settleTabExchange(
      afterRefusal,
      { kind: 'question', content: '개인정보를 지운 질문' },
      { ...started, modelLocation: 'external' },
      facts,
    );
    expect(answered).toMatchObject({ sensitivity: 'normal', piiRefusalPending: false });
  });

  it('becomes internal when a question with a file marked internal was answered, not when refused', () => {
    const question = {
      kind: 'question',
      content: '요약\n\n[첨부 파일: a.txt]\n내용\n[첨부 끝]',
      internal: true,
    } as const;
    expect(
      settleTabExchange(emptyTabConversation, question, { ...refused, refusalCode: 'internal_only' }, facts),
    ).toBe(emptyTabConversation);
    const answered = settleTabExchange(emptyTabConversation, question, started, facts);
    expect(answered.sensitivity).toBe('internal');
    expect(answered.messages[0]?.content).toBe(question.content);
  });

  it('never turns an internal conversation back to normal', () => {
    const internal: TabConversation = { ...emptyTabConversation, sensitivity: 'internal' };
    const next = settleTabExchange(internal, { kind: 'question', content: '질문' }, started, facts);
    expect(next.sensitivity).toBe('internal');
  });

  it('replaces the old answers with a completed regeneration', () => {
    const conversation = conversationOf(message('u1', 'user', '질문'), message('a1', 'assistant', '옛 답'));
    const next = settleTabExchange(
      conversation,
      { kind: 'regenerate', replacedMessageIds: ['a1'] },
      { ...started, text: '새 답' },
      facts,
    );
    expect(next.messages.map((item) => item.content)).toEqual(['질문', '새 답']);
  });

  it('keeps the old answers when the regeneration did not complete', () => {
    const conversation = conversationOf(message('u1', 'user', '질문'), message('a1', 'assistant', '옛 답'));
    const next = settleTabExchange(
      conversation,
      { kind: 'regenerate', replacedMessageIds: ['a1'] },
      { ...started, status: 'stopped', text: '새' },
      facts,
    );
    expect(next.messages.map((item) => item.content)).toEqual(['질문', '옛 답', '새']);
  });

  it('keeps the citations of a grounded answer', () => {
    const cited = {
      number: 1,
      chunkId: 7,
      documentId: '00000000-0000-4000-8000-000000000001',
      collectionId: '00000000-0000-4000-8000-000000000002',
      documentTitle: '여비 규정',
      sectionPath: ['제5조'],
      pageStart: 3,
      quote: '5일 이내',
    };
    const next = settleTabExchange(
      emptyTabConversation,
      { kind: 'question', content: '정산 기한은?' },
      { ...started, text: '5일 이내입니다[1].', citations: [cited], grounded: true },
      facts,
    );
    expect(next.messages.map((item) => item.citations)).toEqual([[], [cited]]);
  });

  it('becomes internal once answered from an internal collection, not when the documents did not cover it', () => {
    const question = { kind: 'question', content: '정산 기한은?', internalCollections: true } as const;
    expect(settleTabExchange(emptyTabConversation, question, started, facts).sensitivity).toBe('normal');
    expect(
      settleTabExchange(emptyTabConversation, question, { ...started, grounded: true }, facts).sensitivity,
    ).toBe('internal');

    const conversation = conversationOf(message('u1', 'user', '질문'), message('a1', 'assistant', '옛 답'));
    const regenerated = settleTabExchange(
      conversation,
      { kind: 'regenerate', replacedMessageIds: ['a1'], internalCollections: true },
      { ...started, grounded: true },
      facts,
    );
    expect(regenerated.sensitivity).toBe('internal');
  });
});
