import {
  expectedFileFormatSchema,
  missingRequiredFiles as missingFilesByExtension,
  type ExpectedFile,
  type ExpectedFileFormat,
} from '@jumugwan/contracts';

/** Every format an assistant may ask for, in the order the editor offers them. */
export const expectedFileFormats: readonly ExpectedFileFormat[] = expectedFileFormatSchema.options;

/** How a format is written for people: its usual extension in capitals (HWP, PDF, XLSX …). */
export function formatLabel(format: ExpectedFileFormat): string {
  return format.toUpperCase();
}

/** The formats as a file picker's accept list (`.hwp,.pdf`). */
export function formatAccept(formats: readonly ExpectedFileFormat[]): string {
  return formats.map((format) => `.${format}`).join(',');
}

/**
 * The required files none of the attached files can be, before the first question: the server refuses such
 * a question by the same rule (contracts' missingRequiredFiles), so the chat can say so before sending.
 * Empty after the first question.
 */
export function missingRequiredFiles(
  expectedFiles: readonly ExpectedFile[],
  attachedNames: readonly string[],
  firstQuestion: boolean,
): ExpectedFile[] {
  return firstQuestion ? missingFilesByExtension(expectedFiles, attachedNames) : [];
}
