import {
  documentSummaryEventSchema,
  type DocumentSummaryEvent,
  type MessageCitation,
  type ServerSentEvent,
} from '@jumugwan/contracts';

/**
 * One summary run in the dialog. `running` has no total until the server's first progress event;
 * a failure carries the server's (Korean) message, or none when the stream ended without an answer.
 */
export type SummaryState =
  | { phase: 'idle'; cancelled: boolean }
  | { phase: 'running'; done: number; total: number | null }
  | { phase: 'finished'; text: string; citations: readonly MessageCitation[] }
  | { phase: 'failed'; message: string | null };

export type SummaryAction =
  | { type: 'start' }
  | { type: 'event'; event: DocumentSummaryEvent }
  /** The server closed the stream. */
  | { type: 'ended' }
  /** The request failed before or while streaming (an ApiError's message). */
  | { type: 'failed'; message: string }
  /** The user stopped the run. */
  | { type: 'cancelled' };

export const initialSummaryState: SummaryState = { phase: 'idle', cancelled: false };

/** Only a running summary takes events: anything arriving after cancel or after the answer is ignored. */
export function summaryReducer(state: SummaryState, action: SummaryAction): SummaryState {
  if (action.type === 'start') {
    return { phase: 'running', done: 0, total: null };
  }
  if (state.phase !== 'running') {
    return state;
  }
  switch (action.type) {
    case 'event':
      return applyEvent(state, action.event);
    case 'ended':
      return { phase: 'failed', message: null };
    case 'failed':
      return { phase: 'failed', message: action.message };
    case 'cancelled':
      return { phase: 'idle', cancelled: true };
  }
}

function applyEvent(
  state: Extract<SummaryState, { phase: 'running' }>,
  event: DocumentSummaryEvent,
): SummaryState {
  switch (event.type) {
    case 'progress': {
      if (event.total <= 0) {
        return state;
      }
      // Progress never goes back, even if events were to arrive out of order.
      const done = Math.min(Math.max(event.done, state.done, 0), event.total);
      return { phase: 'running', done, total: event.total };
    }
    case 'summary':
      return { phase: 'finished', text: event.text, citations: event.citations };
    case 'error':
      return { phase: 'failed', message: event.message };
  }
}

/** 0 to 100; 0 while the total is not known yet. */
export function summaryPercent(state: { done: number; total: number | null }): number {
  if (state.total === null || state.total <= 0) {
    return 0;
  }
  return Math.min(100, (state.done / state.total) * 100);
}

/** Reads one frame of the summary stream; frames that are not summary events (e.g. from a newer server) are skipped. */
export function parseDocumentSummaryEvent(frame: ServerSentEvent): DocumentSummaryEvent | null {
  let data: unknown;
  try {
    data = JSON.parse(frame.data);
  } catch {
    return null;
  }
  const parsed = documentSummaryEventSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/**
 * The text 복사 puts on the clipboard: the Markdown summary with its `[n]` markers, then the sources those
 * markers point to, so the pasted summary still says where each point came from.
 */
export function summaryCopyText(
  text: string,
  citations: readonly MessageCitation[],
  labels: { sources: string; page: (page: number) => string },
): string {
  const summary = text.trim();
  if (citations.length === 0) {
    return summary;
  }
  const lines = citations.map((citation) => {
    const parts = [citation.documentTitle];
    if (citation.sectionPath.length > 0) {
      parts.push(citation.sectionPath.join(' › '));
    }
    if (citation.pageStart !== null) {
      parts.push(labels.page(citation.pageStart));
    }
    return `[${String(citation.number)}] ${parts.join(' · ')}`;
  });
  return `${summary}\n\n${labels.sources}\n${lines.join('\n')}`;
}
