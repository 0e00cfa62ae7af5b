import type { DraftDocument, DraftReference, FieldValue } from '@jumugwan/contracts';
import { postEventStream } from '../../api/post-event-stream';
import { parseDraftStreamEvent, type DraftStreamEvent } from './draft-stream-event';
import { draftPath } from './drafting-queries';

interface StreamOptions {
  model: string;
  /** A revision of the latest version; without it the draft is written from the form. */
  instruction: string | null;
  signal: AbortSignal;
  onEvent: (event: DraftStreamEvent) => void;
}

/** POST /drafts/:id/generate: the server writes (or revises) and saves a new version. */
export function streamDraftGeneration(draftId: string, options: StreamOptions): Promise<void> {
  return postEventStream({
    path: `${draftPath(draftId)}/generate`,
    body: {
      model: options.model,
      ...(options.instruction === null ? {} : { instruction: options.instruction }),
    },
    signal: options.signal,
    parse: parseDraftStreamEvent,
    onEvent: options.onEvent,
  });
}

export interface StatelessDraftInput {
  templateId: string;
  values: Record<string, FieldValue>;
  collectionIds: readonly string[];
  references: readonly DraftReference[];
}

/** POST /generate: the same stream without storage; a revision sends the version it revises. */
export function streamStatelessGeneration(
  input: StatelessDraftInput,
  document: DraftDocument | null,
  options: StreamOptions,
): Promise<void> {
  return postEventStream({
    path: '/api/drafting/generate',
    body: {
      model: options.model,
      templateId: input.templateId,
      values: input.values,
      collectionIds: input.collectionIds,
      references: input.references,
      ...(options.instruction === null ? {} : { instruction: options.instruction }),
      ...(document === null ? {} : { document }),
    },
    signal: options.signal,
    parse: parseDraftStreamEvent,
    onEvent: options.onEvent,
  });
}
