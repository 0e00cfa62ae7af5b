import { ChatMain } from './chat-main';

/** /chat: an empty chat; the first message creates the conversation. */
export function NewChatPage() {
  return <ChatMain />;
}
