export type { ExportInput } from './export-input.js';
export type { BookChapter, BookInput } from './book-input.js';
export { exportHwpx } from './export-hwpx.js';
export { exportDocx } from './export-docx.js';
export { exportBookDocx } from './export-book-docx.js';
export { exportBookHwpx } from './export-book-hwpx.js';
export { exportHtml } from './export-html.js';
export { exportText } from './export-text.js';
export { exportFileName } from './export-file-name.js';
