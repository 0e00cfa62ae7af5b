import {
  conversationDetailSchema,
  conversationListSchema,
  conversationSummarySchema,
  type ConversationDetail,
} from '@jumugwan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiJson, apiNoContent } from '../../api/api-request';

export const conversationKeys = {
  all: ['conversations'] as const,
  list: () => [...conversationKeys.all, 'list'] as const,
  detail: (conversationId: string) => [...conversationKeys.all, 'detail', conversationId] as const,
};

export const conversationListQuery = queryOptions({
  queryKey: conversationKeys.list(),
  queryFn: ({ signal }) => apiJson('/api/conversations', conversationListSchema, { signal }),
});

/** How often to look again while the server still reports an answer as streaming that this tab is not reading. */
const streamingPollMilliseconds = 1500;

export function conversationDetailQuery(conversationId: string, isStreamingHere: boolean) {
  return queryOptions({
    queryKey: conversationKeys.detail(conversationId),
    queryFn: ({ signal }) =>
      apiJson(`/api/conversations/${encodeURIComponent(conversationId)}`, conversationDetailSchema, {
        signal,
      }),
    // After a stop, or an answer streaming in another tab, the stored status settles a moment later.
    refetchInterval: (query) =>
      !isStreamingHere && hasStreamingAnswer(query.state.data) ? streamingPollMilliseconds : false,
  });
}

function hasStreamingAnswer(conversation: ConversationDetail | undefined): boolean {
  return conversation?.messages.some((message) => message.status === 'streaming') ?? false;
}

/** A new conversation; with `assistantId` it talks to that custom assistant for its whole life. */
export function createConversation(model: string, assistantId: string | null = null) {
  return apiJson('/api/conversations', conversationSummarySchema, {
    method: 'POST',
    body: assistantId === null ? { model } : { model, assistantId },
  });
}

export function renameConversation(conversationId: string, title: string) {
  return apiJson(`/api/conversations/${encodeURIComponent(conversationId)}`, conversationSummarySchema, {
    method: 'PATCH',
    body: { title },
  });
}

export function deleteConversation(conversationId: string) {
  return apiNoContent(`/api/conversations/${encodeURIComponent(conversationId)}`, { method: 'DELETE' });
}
