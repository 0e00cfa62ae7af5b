import { ServerSentEventDecoder, type ServerSentEvent } from '@jumugwan/contracts';
import { i18n } from '../i18n/i18n';
import { ApiError } from './api-error';
import { apiFetch } from './api-fetch';

export interface PostEventStreamOptions<Event> {
  path: string;
  body: unknown;
  signal: AbortSignal;
  /** Turns a frame into an event, or null to skip a frame the client does not know. */
  parse: (frame: ServerSentEvent) => Event | null;
  onEvent: (event: Event) => void;
}

/**
 * POSTs a JSON body (with the CSRF header, via apiFetch) and reports each server-sent event as soon as its
 * bytes arrive. A non-2xx answer is a JSON error and rejects with ApiError; aborting `signal` rejects with
 * AbortError. Resolves when the server closes the stream.
 */
export async function postEventStream<Event>({
  path,
  body,
  signal,
  parse,
  onEvent,
}: PostEventStreamOptions<Event>): Promise<void> {
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
        const event = parse(frame);
        if (event !== null) onEvent(event);
      }
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}
