import type { ExpectedFile } from '@jumugwan/contracts';
import { AppError } from '../../platform/app-error.js';

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot === -1
    ? ''
    : fileName
        .slice(dot + 1)
        .trim()
        .toLowerCase();
}

/** The first required file none of the attachments can be (by its name's extension); null when all are there. */
export function missingRequiredFile(
  expectedFiles: readonly ExpectedFile[],
  attachments: readonly { name: string }[],
): ExpectedFile | null {
  const extensions = new Set(attachments.map((attachment) => extensionOf(attachment.name)));
  return (
    expectedFiles.find((file) => file.required && !file.formats.some((format) => extensions.has(format))) ??
    null
  );
}

export function assistantFileRequired(file: ExpectedFile): AppError {
  const formats = file.formats.map((format) => format.toUpperCase()).join('·');
  return new AppError(
    'assistant_file_required',
    400,
    `이 어시스턴트는 첫 질문에 ‘${file.label}(${formats})’ 파일이 필요합니다. 파일을 첨부해 다시 보내 주세요.`,
  );
}
