import type { DraftDocument, ExportFormat } from '@jumugwan/contracts';
import { apiFetch } from '../../api/api-fetch';
import { contentDispositionFileName } from './content-disposition-file-name';
import { draftPath } from './drafting-queries';

export interface ExportedFile {
  blob: Blob;
  fileName: string;
}

async function exportedFile(response: Response, fallbackName: string): Promise<ExportedFile> {
  const fileName = contentDispositionFileName(response.headers.get('content-disposition')) ?? fallbackName;
  return { blob: await response.blob(), fileName };
}

/** A saved draft as a file (its latest version, or `version`). */
export async function exportDraft(
  draftId: string,
  format: ExportFormat,
  version: number | null,
  fallbackName: string,
): Promise<ExportedFile> {
  const query = new URLSearchParams({ format });
  if (version !== null) query.set('version', String(version));
  const response = await apiFetch(`${draftPath(draftId)}/export?${query.toString()}`, { accept: '*/*' });
  return exportedFile(response, `${fallbackName}.${format}`);
}

/** Stateless mode: the document on screen as a file, stored nowhere. */
export async function exportDocument(
  templateId: string,
  document: DraftDocument,
  format: ExportFormat,
  fallbackName: string,
): Promise<ExportedFile> {
  const response = await apiFetch('/api/drafting/export', {
    method: 'POST',
    body: { templateId, document, format },
    accept: '*/*',
  });
  return exportedFile(response, `${fallbackName}.${format}`);
}
