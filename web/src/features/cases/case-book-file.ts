import type { ExportCaseBookRequest } from '@jumugwan/contracts';
import { readResponseWithProgress } from '../../api/read-response-with-progress';
import { downloadFileName } from '../../components/download-file-name';
import { contentDispositionFileName } from '../drafting/content-disposition-file-name';
import { requestCaseBook } from './case-queries';

export interface CaseBookFile {
  blob: Blob;
  fileName: string;
}

export interface CaseBookProgress {
  /** False while the server is still building the book (nothing received yet). */
  receiving: boolean;
  received: number;
  total: number | null;
}

/** Asks the server for the case book and reads it with progress; named as the server says, else by title and date. */
export async function downloadCaseBook(
  request: ExportCaseBookRequest & { format: 'docx' | 'hwpx' },
  onProgress: (progress: CaseBookProgress) => void,
  signal?: AbortSignal,
): Promise<CaseBookFile> {
  const response = await requestCaseBook(request, signal);
  const blob = await readResponseWithProgress(response, (received, total) =>
    onProgress({ receiving: true, received, total }),
  );
  const fallback = downloadFileName(request.title ?? '활용사례집', new Date(), request.format);
  return {
    blob,
    fileName: contentDispositionFileName(response.headers.get('content-disposition')) ?? fallback,
  };
}
