import { localDateString } from './local-date-string';

/** E.g. 번역-2025-06-15.docx: a name that sorts by date in the downloads folder. */
export function downloadFileName(baseName: string, date: Date, extension: string): string {
  return `${baseName}-${localDateString(date)}.${extension}`;
}
