import {
  draftDeltaEventSchema,
  draftDoneEventSchema,
  draftErrorEventSchema,
  type DraftDoneEvent,
  type ServerSentEvent,
} from '@jumugwan/contracts';

/** One event of the generation stream, named by the frame's `event:` line. */
export type DraftStreamEvent =
  | { type: 'delta'; text: string }
  | { type: 'done'; result: DraftDoneEvent }
  | { type: 'error'; code: string; message: string };

/**
 * Reads one frame of the drafting stream; frames this client does not know (comments, a newer
 * server's events) are skipped. A frame without an event name may say its type in the data instead.
 */
export function parseDraftStreamEvent(frame: ServerSentEvent): DraftStreamEvent | null {
  let data: unknown;
  try {
    data = JSON.parse(frame.data);
  } catch {
    return null;
  }
  const name =
    frame.event !== '' && frame.event !== 'message'
      ? frame.event
      : typeof data === 'object' && data !== null && 'type' in data && typeof data.type === 'string'
        ? data.type
        : '';
  switch (name) {
    case 'delta': {
      const parsed = draftDeltaEventSchema.safeParse(data);
      return parsed.success ? { type: 'delta', text: parsed.data.text } : null;
    }
    case 'done': {
      const parsed = draftDoneEventSchema.safeParse(data);
      return parsed.success ? { type: 'done', result: parsed.data } : null;
    }
    case 'error': {
      const parsed = draftErrorEventSchema.safeParse(data);
      return parsed.success ? { type: 'error', ...parsed.data } : null;
    }
    default:
      return null;
  }
}
