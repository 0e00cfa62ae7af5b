/** Where a chat pane is and what it knows, to decide which assistant it talks to. */
export interface ChatAssistantFacts {
  /** A stored conversation's page (its assistant is fixed). */
  stored: boolean;
  /** The stored conversation's assistant, once loaded. */
  storedAssistantId: string | null;
  /** The tab's own conversation (retention `none`). */
  tabOnly: boolean;
  tabAssistantId: string | null;
  tabHasMessages: boolean;
  /** /chat?assistant=<id> */
  requestedId: string | null;
}

export interface ChatAssistantChoice {
  /** The assistant the pane talks to; null for a plain chat. */
  id: string | null;
  /**
   * Retention `none`: the tab's conversation is already under way (with another assistant or none), so the
   * requested assistant waits until the user starts over.
   */
  waitingId: string | null;
}

/**
 * A stored conversation talks to the assistant it was created with; a new chat to the one in its address;
 * the tab's conversation to the one its first question was asked of.
 */
export function chatAssistantChoice(facts: ChatAssistantFacts): ChatAssistantChoice {
  if (facts.stored) {
    return { id: facts.storedAssistantId, waitingId: null };
  }
  if (facts.tabOnly && facts.tabHasMessages) {
    const waiting = facts.requestedId !== null && facts.requestedId !== facts.tabAssistantId;
    return { id: facts.tabAssistantId, waitingId: waiting ? facts.requestedId : null };
  }
  return { id: facts.requestedId, waitingId: null };
}
