import { expectedFileName, missingRequiredFiles, type ExpectedFile } from '@jumugwan/contracts';
import { AppError } from '../../platform/app-error.js';

/** The first required file none of the attachments can be; null when all are there. */
export function missingRequiredFile(
  expectedFiles: readonly ExpectedFile[],
  attachments: readonly { name: string }[],
): ExpectedFile | null {
  return (
    missingRequiredFiles(
      expectedFiles,
      attachments.map((attachment) => attachment.name),
    )[0] ?? null
  );
}

export function assistantFileRequired(file: ExpectedFile): AppError {
  return new AppError(
    'assistant_file_required',
    400,
    `이 어시스턴트는 첫 질문에 ‘${expectedFileName(file)}’ 파일이 필요합니다. 파일을 첨부해 다시 보내 주세요.`,
  );
}
