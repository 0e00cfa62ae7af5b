import type { KnowledgeDocument, UploadDocumentsResponse } from '@jumugwan/contracts';

export type UploadOutcome =
  | { kind: 'accepted'; documents: KnowledgeDocument[] }
  | { kind: 'refused'; message: string }
  | { kind: 'empty' };

/**
 * What the answer to a one-file upload means for that file: stored (and queued for reading), refused
 * with the server's Korean reason, or neither (an answer naming no file at all).
 */
export function uploadOutcome(response: UploadDocumentsResponse): UploadOutcome {
  if (response.documents.length > 0) {
    return { kind: 'accepted', documents: response.documents };
  }
  const refusal = response.refused[0];
  if (refusal !== undefined) {
    return { kind: 'refused', message: refusal.message };
  }
  return { kind: 'empty' };
}

/**
 * The documents list with just-uploaded documents in it: a re-uploaded file replaces its row where it
 * was, new ones go first (newest first, like the server's list) until the next poll brings the truth.
 */
export function mergeDocuments(
  current: readonly KnowledgeDocument[],
  incoming: readonly KnowledgeDocument[],
): KnowledgeDocument[] {
  const incomingById = new Map(incoming.map((document) => [document.id, document]));
  const replaced = current.map((document) => incomingById.get(document.id) ?? document);
  const currentIds = new Set(current.map((document) => document.id));
  const added = incoming.filter((document) => !currentIds.has(document.id));
  return [...added, ...replaced];
}
