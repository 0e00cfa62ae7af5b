import { splitComposedMessage, type PublishExampleRequest } from '@jumugwan/contracts';

/** What publishing needs of a message on screen. */
export interface VisibleMessage {
  role: 'user' | 'assistant';
  content: string;
  status: string;
}

const maximumMessages = 20;
const maximumCharacters = 20_000;

/**
 * The conversation as an example for the assistant's page: complete questions and answers in order, at
 * most 20. Attached files are named, not copied (their text may be internal); an over-long message is cut.
 */
export function exampleMessages(
  messages: readonly VisibleMessage[],
  attachedLine: (names: string) => string,
): PublishExampleRequest['messages'] {
  const result: PublishExampleRequest['messages'] = [];
  for (const message of messages) {
    if (message.status !== 'complete') continue;
    let content = message.content;
    if (message.role === 'user') {
      const parts = splitComposedMessage(message.content);
      const names = parts.attachments.map((attachment) => attachment.name).join(', ');
      content = [parts.content, names === '' ? '' : attachedLine(names)]
        .filter((part) => part !== '')
        .join('\n\n');
    }
    content = content.trim();
    if (content === '') continue;
    result.push({ role: message.role, content: content.slice(0, maximumCharacters) });
    if (result.length === maximumMessages) break;
  }
  return result;
}

/** An example needs a question and its answer. */
export function canPublishExample(messages: PublishExampleRequest['messages']): boolean {
  return (
    messages.some((message) => message.role === 'user') &&
    messages.some((message) => message.role === 'assistant')
  );
}
