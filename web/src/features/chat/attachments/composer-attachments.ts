import { attachmentMaximumBytes, attachmentMaximumCount, type ChatAttachment } from '@jumugwan/contracts';

/** A file in the composer: being read by the server, ready to go with the question, or refused. */
export type ComposerAttachment =
  | { id: string; status: 'uploading'; name: string; fraction: number }
  | {
      id: string;
      status: 'ready';
      name: string;
      characters: number;
      text: string;
      /** Marked as internal material: the conversation is then answered by on-prem models only. */
      internal: boolean;
    }
  | { id: string; status: 'failed'; name: string; message: string };

/** The file types the server reads, for the file picker. */
export const attachmentAccept = '.txt,.md,.csv,.docx,.hwp,.hwpx,.pdf,.xlsx';

/** Why a file cannot be attached before it is sent, if it cannot. */
export function attachmentProblem(
  file: { size: number },
  attachedCount: number,
): 'tooLarge' | 'tooMany' | null {
  if (attachedCount >= attachmentMaximumCount) {
    return 'tooMany';
  }
  return file.size > attachmentMaximumBytes ? 'tooLarge' : null;
}

/** The files that go with the question, as the chat requests take them. */
export function readyAttachments(attachments: readonly ComposerAttachment[]): ChatAttachment[] {
  return attachments.flatMap((attachment) =>
    attachment.status === 'ready'
      ? [{ name: attachment.name, text: attachment.text, internal: attachment.internal }]
      : [],
  );
}

/** Attachments given back to the composer after a refused question. */
export function restoredAttachments(
  attachments: readonly ChatAttachment[],
  newId: () => string,
): ComposerAttachment[] {
  return attachments.map((attachment) => ({
    id: newId(),
    status: 'ready',
    name: attachment.name,
    characters: attachment.text.length,
    text: attachment.text,
    internal: attachment.internal,
  }));
}
