import { getRouteApi } from '@tanstack/react-router';
import { ChatMain } from './chat-main';

const conversationRoute = getRouteApi('/_app/chat/$conversationId');

export function ConversationPage() {
  const { conversationId } = conversationRoute.useParams();
  // Keyed so the draft and scroll position never leak from one conversation into another.
  return <ChatMain key={conversationId} conversationId={conversationId} />;
}
