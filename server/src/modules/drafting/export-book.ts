import { exportBookDocx, exportBookHwpx, exportFileName, type BookInput } from './export/index.js';
import { exportContentTypes, type ExportedFile } from './export-draft.js';

/** A book (cover, then a chapter a page) as HWPX or DOCX, laid out like the platform's other documents. */
export async function exportBook(format: 'hwpx' | 'docx', book: BookInput): Promise<ExportedFile> {
  const bytes = format === 'hwpx' ? await exportBookHwpx(book) : await exportBookDocx(book);
  return { bytes, fileName: exportFileName(book.title, format), contentType: exportContentTypes[format] };
}
