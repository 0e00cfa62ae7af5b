import {
  extractedParagraphsSchema,
  translateResponseSchema,
  type ExtractedParagraphs,
  type TranslateRequest,
} from '@jumugwan/contracts';
import { apiFetch } from '../../api/api-fetch';
import { apiJson } from '../../api/api-request';
import { uploadWithProgress } from '../../api/upload-with-progress';

export const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function translateTexts(request: TranslateRequest, signal?: AbortSignal) {
  return apiJson('/api/translations', translateResponseSchema, {
    method: 'POST',
    body: request,
    ...(signal === undefined ? {} : { signal }),
  });
}

/** Sends the file's raw bytes; the server reads the paragraphs of a .txt (any encoding) or .docx. */
export function extractParagraphs(
  file: File,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<ExtractedParagraphs> {
  return uploadWithProgress('/api/translations/extract', file, extractedParagraphsSchema, {
    contentType: 'application/octet-stream',
    headers: { 'x-file-name': encodeURIComponent(file.name) },
    onProgress,
    signal,
  });
}

/** The server builds the .docx (a browser cannot without a large library); the answer is the file. */
export async function fetchParagraphsDocx(title: string, paragraphs: readonly string[]): Promise<Blob> {
  const response = await apiFetch('/api/translations/docx', {
    method: 'POST',
    body: { title, paragraphs },
    accept: `${docxMimeType}, application/json`,
  });
  return response.blob();
}
