import { chatStreamEventSchema, type ChatStreamEvent } from '@jumugwan/contracts';
import type { SseFrame } from './sse-decoder';

/** Reads one chat stream frame; frames that are not valid chat events (e.g. from a newer server) are skipped. */
export function parseChatStreamEvent(frame: SseFrame): ChatStreamEvent | null {
  let data: unknown;
  try {
    data = JSON.parse(frame.data);
  } catch {
    return null;
  }
  const parsed = chatStreamEventSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
