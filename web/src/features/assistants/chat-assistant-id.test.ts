import { describe, expect, it } from 'vitest';
import { chatAssistantChoice, type ChatAssistantFacts } from './chat-assistant-id';

const none: ChatAssistantFacts = {
  stored: false,
  storedAssistantId: null,
  tabOnly: false,
  tabAssistantId: null,
  tabHasMessages: false,
  requestedId: null,
};

describe('chatAssistantChoice', () => {
  it('follows the address on a new chat', () => {
    expect(chatAssistantChoice({ ...none, requestedId: 'a' })).toEqual({ id: 'a', waitingId: null });
    expect(chatAssistantChoice(none)).toEqual({ id: null, waitingId: null });
  });

  it('keeps a stored conversation with its own assistant', () => {
    expect(chatAssistantChoice({ ...none, stored: true, storedAssistantId: 'b', requestedId: 'a' })).toEqual({
      id: 'b',
      waitingId: null,
    });
    expect(chatAssistantChoice({ ...none, stored: true })).toEqual({ id: null, waitingId: null });
  });

  it('keeps the tab conversation with the assistant of its first question', () => {
    const tab = { ...none, tabOnly: true, tabHasMessages: true, tabAssistantId: 'b' };
    expect(chatAssistantChoice(tab)).toEqual({ id: 'b', waitingId: null });
    expect(chatAssistantChoice({ ...tab, requestedId: 'b' })).toEqual({ id: 'b', waitingId: null });
    expect(chatAssistantChoice({ ...tab, requestedId: 'a' })).toEqual({ id: 'b', waitingId: 'a' });
    expect(chatAssistantChoice({ ...tab, tabAssistantId: null, requestedId: 'a' })).toEqual({
      id: null,
      waitingId: 'a',
    });
  });

  it('lets an empty tab conversation take the requested assistant', () => {
    expect(chatAssistantChoice({ ...none, tabOnly: true, tabAssistantId: 'b', requestedId: 'a' })).toEqual({
      id: 'a',
      waitingId: null,
    });
  });
});
