import type { ChatStreamEvent } from '@jumugwan/contracts';
import { postEventStream } from '../../api/post-event-stream';
import { parseChatStreamEvent } from './parse-chat-stream-event';

export interface StreamChatOptions {
  path: string;
  body: unknown;
  signal: AbortSignal;
  onEvent: (event: ChatStreamEvent) => void;
}

/**
 * POSTs a chat request and reports each server-sent event as soon as its bytes arrive.
 * A non-2xx answer is a JSON error and rejects with ApiError; aborting `signal` rejects with AbortError.
 * Resolves when the server closes the stream, whether or not a `done` event came.
 */
export async function streamChat({ path, body, signal, onEvent }: StreamChatOptions): Promise<void> {
  await postEventStream({ path, body, signal, parse: parseChatStreamEvent, onEvent });
}
