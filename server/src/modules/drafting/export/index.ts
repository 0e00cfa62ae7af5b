export type { ExportInput } from './export-input.js';
export { exportHwpx } from './export-hwpx.js';
export { exportDocx } from './export-docx.js';
export { exportHtml } from './export-html.js';
export { exportText } from './export-text.js';
export { exportFileName } from './export-file-name.js';
