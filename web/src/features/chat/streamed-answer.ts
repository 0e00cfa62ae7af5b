import type { ChatStreamEvent, MessageCitation } from '@jumugwan/contracts';

/** An answer as the stream has delivered it so far: its text and the passages it may cite. */
export interface StreamedAnswer {
  text: string;
  /** The candidates of the `citations` event while streaming; the checked ones after `done`. */
  citations: readonly MessageCitation[];
}

type DoneEvent = Extract<ChatStreamEvent, { type: 'done' }>;

/**
 * The answer once the stream is done. A grounded answer's `done` carries the citations that passed the
 * server's check (replacing the candidates, possibly with none) and, when the check removed markers,
 * the text as saved, which replaces what was streamed. Without them the streamed answer stands.
 */
export function settleStreamedAnswer(
  answer: StreamedAnswer,
  done: Pick<DoneEvent, 'citations' | 'content'>,
): StreamedAnswer {
  return {
    text: done.content ?? answer.text,
    citations: done.citations ?? answer.citations,
  };
}
