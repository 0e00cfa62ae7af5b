import { expectedFileFormatSchema, type ExpectedFile, type ExpectedFileFormat } from '@jumugwan/contracts';

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

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot === -1
    ? ''
    : fileName
        .slice(dot + 1)
        .trim()
        .toLowerCase();
}

/**
 * The required files none of the attached files can be (by the extension of its name), before the first
 * question: the server refuses such a question (`assistant_file_required`) by the same rule, so the chat
 * can say so before anything is sent. Empty after the first question.
 */
export function missingRequiredFiles(
  expectedFiles: readonly ExpectedFile[],
  attachedNames: readonly string[],
  firstQuestion: boolean,
): ExpectedFile[] {
  if (!firstQuestion) {
    return [];
  }
  const extensions = new Set(attachedNames.map(extensionOf));
  return expectedFiles.filter(
    (file) => file.required && !file.formats.some((format) => extensions.has(format)),
  );
}

/** A file as the notices name it: `예산표(XLSX·CSV)`. */
export function expectedFileName(file: Pick<ExpectedFile, 'label' | 'formats'>): string {
  return `${file.label}(${file.formats.map(formatLabel).join('·')})`;
}
