export const maximumSourceFileBytes = 10 * 1024 * 1024;

export type SourceFileProblem = 'wrongType' | 'tooLarge' | null;

/** Checks a file before uploading it: .txt or .docx (any case), at most 10 MB. */
export function checkSourceFile(name: string, size: number): SourceFileProblem {
  if (!/\.(txt|docx)$/i.test(name)) {
    return 'wrongType';
  }
  return size > maximumSourceFileBytes ? 'tooLarge' : null;
}
