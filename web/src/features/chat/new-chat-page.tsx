import { getRouteApi } from '@tanstack/react-router';
import { ChatMain } from './chat-main';

const newChatRoute = getRouteApi('/_app/chat/');

/** /chat: an empty chat; the first message creates the conversation. `?assistant=` talks to an assistant. */
export function NewChatPage() {
  const { assistant, starter } = newChatRoute.useSearch();
  // Keyed so a draft never carries over from one assistant's chat into another's.
  return (
    <ChatMain key={assistant ?? 'plain'} assistantId={assistant ?? null} starterIndex={starter ?? null} />
  );
}
