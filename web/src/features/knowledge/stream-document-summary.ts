import { ServerSentEventDecoder, type DocumentSummaryEvent } from '@jumugwan/contracts';
import { ApiError } from '../../api/api-error';
import { apiFetch } from '../../api/api-fetch';
import { i18n } from '../../i18n/i18n';
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
  const response = await apiFetch(documentSummaryPath(documentId), {
    method: 'POST',
    body: { model },
    accept: 'text/event-stream',
    signal,
  });
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
        const event = parseDocumentSummaryEvent(frame);
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
