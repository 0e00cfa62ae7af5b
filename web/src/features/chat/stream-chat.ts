import { ServerSentEventDecoder, type ChatStreamEvent } from '@jumugwan/contracts';
import { ApiError } from '../../api/api-error';
import { apiFetch } from '../../api/api-fetch';
import { i18n } from '../../i18n/i18n';
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
  const response = await apiFetch(path, { method: 'POST', body, accept: 'text/event-stream', signal });
  if (response.body === null) {
    throw new ApiError(response.status, 'invalid_response', i18n.t('errors.invalidResponse'));
  }
  const reader = response.body.getReader();
  const decoder = new ServerSentEventDecoder();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      const frames = done ? decoder.finish() : decoder.push(value);
      for (const frame of frames) {
        const event = parseChatStreamEvent(frame);
        if (event !== null) {
          onEvent(event);
        }
      }
      if (done) {
        return;
      }
    }
  } finally {
    reader.releaseLock();
  }
}
