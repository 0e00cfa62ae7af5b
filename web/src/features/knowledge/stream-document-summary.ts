import type { DocumentSummaryEvent } from '@jumugwan/contracts';
import { postEventStream } from '../../api/post-event-stream';
import { parseDocumentSummaryEvent } from './document-summary-state';

export interface StreamDocumentSummaryOptions {
  documentId: string;
  model: string;
  signal: AbortSignal;
  onEvent: (event: DocumentSummaryEvent) => void;
}

/** The summary endpoint of a document. */
export function documentSummaryPath(documentId: string): string {
  return `/api/knowledge/documents/${encodeURIComponent(documentId)}/summary`;
}

/**
 * POSTs a summary request (with the CSRF header, via apiFetch) and reports each server-sent event as its
 * bytes arrive. A refusal before the stream starts (403 internal_only, 409 not ready, …) rejects with
 * ApiError; aborting `signal` rejects with AbortError. Resolves when the server closes the stream.
 */
export async function streamDocumentSummary({
  documentId,
  model,
  signal,
  onEvent,
}: StreamDocumentSummaryOptions): Promise<void> {
  await postEventStream({
    path: documentSummaryPath(documentId),
    body: { model },
    signal,
    parse: parseDocumentSummaryEvent,
    onEvent,
  });
}
