import { parseDocx } from 'kordoc';
import { AppError } from '../../platform/app-error.js';

const maximumBytes = 10 * 1024 * 1024;

function unsupported(): AppError {
  return new AppError('validation_failed', 415, '.txt 또는 .docx 파일만 번역할 수 있습니다.');
}

/** Paragraphs are separated by blank lines; single line breaks inside a paragraph are kept. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Windows Notepad files from Korean PCs are often CP949.
    return new TextDecoder('euc-kr').decode(bytes);
  }
}

/** The paragraphs of an uploaded .txt or .docx, in order, for paragraph-by-paragraph translation. */
export async function extractParagraphs(fileName: string, bytes: Buffer): Promise<string[]> {
  if (bytes.length === 0) throw new AppError('validation_failed', 400, '파일이 비어 있습니다.');
  if (bytes.length > maximumBytes)
    throw new AppError('payload_too_large', 413, '파일은 10MB까지 올릴 수 있습니다.');
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension === 'txt') return splitParagraphs(decodeText(bytes));
  if (extension !== 'docx') throw unsupported();
  const arrayBuffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  const parsed = await parseDocx(arrayBuffer);
  if (!parsed.success)
    throw new AppError(
      'validation_failed',
      422,
      'DOCX 파일을 읽을 수 없습니다. 손상되었거나 암호가 걸린 파일인지 확인하세요.',
    );
  return splitParagraphs(parsed.markdown);
}
