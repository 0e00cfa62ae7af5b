import { z } from 'zod';

/** Files may be at most this large when uploaded for their text (POST /api/chat/attachments). */
export const attachmentMaximumBytes = 10 * 1024 * 1024;
/** One attachment's text may be at most this long; a longer file is refused, never cut silently. */
export const attachmentMaximumCharacters = 200_000;
/** At most this many files go with one question. */
export const attachmentMaximumCount = 5;

/** POST /api/chat/attachments: the text of one uploaded file. Nothing of it is stored. */
export const extractedAttachmentSchema = z.object({
  name: z.string(),
  characters: z.number().int().nonnegative(),
  text: z.string(),
});
export type ExtractedAttachment = z.infer<typeof extractedAttachmentSchema>;

/**
 * A file's text sent along with a question. `internal`: the user marked it as internal material, so the
 * conversation may only be answered by on-prem models from then on.
 */
export const chatAttachmentSchema = z.object({
  name: z.string().trim().min(1).max(255),
  text: z.string().max(attachmentMaximumCharacters),
  internal: z.boolean(),
});
export type ChatAttachment = z.infer<typeof chatAttachmentSchema>;

export const chatAttachmentsSchema = z.array(chatAttachmentSchema).max(attachmentMaximumCount);

const attachmentHeaderPrefix = '[첨부 파일: ';
const attachmentEnd = '[첨부 끝]';

/** A file name on one line, without the brackets that delimit the block. */
function blockName(name: string): string {
  return (
    name
      .replace(/[\r\n\t]+/g, ' ')
      .replace(/[[\]]/g, '')
      .trim() || '이름 없음'
  );
}

/**
 * The user message the model reads (and the conversation keeps): the typed question, then each attached
 * file as a delimited block. Without attachments it is the question itself.
 */
export function composeUserMessage(
  content: string,
  attachments: readonly Pick<ChatAttachment, 'name' | 'text'>[] = [],
): string {
  const blocks = attachments.map(
    (attachment) =>
      `${attachmentHeaderPrefix}${blockName(attachment.name)}]\n${attachment.text.trim()}\n${attachmentEnd}`,
  );
  return [content.trim(), ...blocks].filter((part) => part !== '').join('\n\n');
}

/** How long a composed message may be: the longest question plus the longest attachments. */
export const composedMessageMaximumCharacters =
  100_000 + attachmentMaximumCount * (attachmentMaximumCharacters + 400);

export interface ComposedMessageParts {
  /** The typed question. */
  content: string;
  attachments: { name: string; characters: number }[];
}

/**
 * The reverse of composeUserMessage, for showing a stored question: the typed text and the attached files'
 * names. Blocks are recognised only where composeUserMessage puts them, at the end of the message.
 */
export function splitComposedMessage(message: string): ComposedMessageParts {
  const attachments: { name: string; characters: number }[] = [];
  let rest = message;
  for (;;) {
    if (!rest.endsWith(`\n${attachmentEnd}`)) break;
    const headerAt = rest.lastIndexOf(attachmentHeaderPrefix);
    if (headerAt === -1 || (headerAt > 0 && !rest.slice(0, headerAt).endsWith('\n\n'))) break;
    const headerEnd = rest.indexOf(']\n', headerAt);
    if (headerEnd === -1) break;
    const name = rest.slice(headerAt + attachmentHeaderPrefix.length, headerEnd);
    if (name.includes('\n')) break;
    const text = rest.slice(headerEnd + 2, rest.length - attachmentEnd.length - 1);
    attachments.unshift({ name, characters: text.length });
    rest = headerAt === 0 ? '' : rest.slice(0, headerAt - 2);
  }
  return { content: rest, attachments };
}
