import { chatStreamEventSchema, ServerSentEventDecoder, type ChatStreamEvent } from '@jumugwan/contracts';

/** Parses a whole SSE body (as returned by app.inject) into chat events. */
export function parseChatStream(body: string): ChatStreamEvent[] {
  const decoder = new ServerSentEventDecoder();
  const events = [...decoder.push(new TextEncoder().encode(body)), ...decoder.finish()];
  return events.map((event) => chatStreamEventSchema.parse(JSON.parse(event.data)));
}

/** Reads a live fetch response (global or undici's) event by event; `until` returning true stops reading (and aborts). */
export async function readChatStream(
  response: { body: ReadableStream<Uint8Array> | null },
  until: (event: ChatStreamEvent, events: ChatStreamEvent[]) => boolean = () => false,
): Promise<ChatStreamEvent[]> {
  if (response.body === null) throw new Error('response has no body');
  const reader = response.body.getReader();
  const decoder = new ServerSentEventDecoder();
  const events: ChatStreamEvent[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    const batch = done ? decoder.finish() : decoder.push(value);
    for (const raw of batch) {
      const event = chatStreamEventSchema.parse(JSON.parse(raw.data));
      events.push(event);
      if (until(event, events)) {
        await reader.cancel();
        return events;
      }
    }
    if (done) return events;
  }
}
