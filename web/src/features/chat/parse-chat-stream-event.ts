import { chatStreamEventSchema, type ChatStreamEvent, type ServerSentEvent } from '@jumugwan/contracts';

/** Reads one chat stream frame; frames that are not valid chat events (e.g. from a newer server) are skipped. */
export function parseChatStreamEvent(frame: ServerSentEvent): ChatStreamEvent | null {
  let data: unknown;
  try {
    data = JSON.parse(frame.data);
  } catch {
    return null;
  }
  const parsed = chatStreamEventSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
