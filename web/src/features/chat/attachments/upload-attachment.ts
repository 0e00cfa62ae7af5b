import { extractedAttachmentSchema, type ExtractedAttachment } from '@jumugwan/contracts';
import { uploadWithProgress } from '../../../api/upload-with-progress';

/** Sends one file as multipart/form-data; the server answers with its text and stores nothing. */
export function uploadAttachment(
  file: File,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<ExtractedAttachment> {
  const body = new FormData();
  body.append('file', file, file.name);
  return uploadWithProgress('/api/chat/attachments', body, extractedAttachmentSchema, { onProgress, signal });
}
