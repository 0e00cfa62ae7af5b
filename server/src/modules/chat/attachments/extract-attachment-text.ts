import { attachmentMaximumBytes, attachmentMaximumCharacters } from '@jumugwan/contracts';
import { parseDocx, parseHwp, parseHwpx, parsePdf, parseXlsx, type ParseResult } from 'kordoc';
import { AppError } from '../../../platform/app-error.js';

// XLSX and CSV: the built-in assistants that read unit-price and data tables require one of them.
export const supportedAttachmentExtensions = [
  'txt',
  'md',
  'csv',
  'docx',
  'hwp',
  'hwpx',
  'pdf',
  'xlsx',
] as const;
type SupportedExtension = (typeof supportedAttachmentExtensions)[number];

const formatNames: Record<SupportedExtension, string> = {
  txt: '텍스트',
  md: '마크다운',
  csv: 'CSV',
  docx: 'DOCX',
  hwp: 'HWP',
  hwpx: 'HWPX',
  pdf: 'PDF',
  xlsx: 'XLSX',
};

export function attachmentTooLarge(): AppError {
  return new AppError('payload_too_large', 413, '파일은 10MB까지 첨부할 수 있습니다.');
}

function unsupported(): AppError {
  return new AppError(
    'validation_failed',
    415,
    '.txt, .md, .csv, .docx, .hwp, .hwpx, .pdf, .xlsx 파일만 첨부할 수 있습니다.',
    { reason: 'unsupported_format' },
  );
}

function unreadable(format: string, reason: string, message: string): AppError {
  return new AppError('validation_failed', 422, message, { reason, format });
}

function isSupported(extension: string): extension is SupportedExtension {
  return (supportedAttachmentExtensions as readonly string[]).includes(extension);
}

/** UTF-8 (with or without BOM) or, failing that, CP949 as Korean Windows Notepad writes it. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('euc-kr').decode(bytes);
  }
}

/** Image references (`![image](image_001.png)`) point at files the model never sees: they are left out. */
function withoutImageReferences(markdown: string): string {
  return markdown
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

type DocumentExtension = 'docx' | 'hwp' | 'hwpx' | 'pdf' | 'xlsx';

const parsers: Record<DocumentExtension, (buffer: ArrayBuffer) => Promise<ParseResult>> = {
  docx: parseDocx,
  hwp: parseHwp,
  hwpx: parseHwpx,
  pdf: parsePdf,
  xlsx: parseXlsx,
};

async function parseDocument(extension: DocumentExtension, bytes: Uint8Array): Promise<string> {
  const format = formatNames[extension];
  const arrayBuffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  let parsed: ParseResult;
  try {
    parsed = await parsers[extension](arrayBuffer);
  } catch {
    parsed = { success: false, fileType: 'unknown', error: 'parser threw' };
  }
  if (!parsed.success) {
    if (parsed.code === 'ENCRYPTED' || parsed.code === 'DRM_PROTECTED') {
      throw unreadable(
        format,
        'encrypted',
        `암호나 문서 보안(DRM)이 걸린 ${format} 파일은 읽을 수 없습니다. 보안을 해제한 뒤 다시 첨부하세요.`,
      );
    }
    if (parsed.code === 'IMAGE_BASED_PDF') throw imageOnlyPdf();
    throw unreadable(
      format,
      'corrupted',
      `${format} 파일을 읽을 수 없습니다. 손상되었거나 ${format} 형식이 아닌 파일인지 확인하세요.`,
    );
  }
  const text = withoutImageReferences(parsed.markdown);
  if (extension === 'pdf' && text === '' && parsed.isImageBased === true) throw imageOnlyPdf();
  return text;
}

function imageOnlyPdf(): AppError {
  return unreadable(
    'PDF',
    'no_text_layer',
    '글자 정보가 없는 PDF(스캔한 문서 등)입니다. 텍스트를 선택할 수 있는 PDF만 첨부할 수 있습니다.',
  );
}

/**
 * The text of an attached file, for the model to read along with the question: plain text and CSV as they
 * are, documents (DOCX, HWP, HWPX, PDF text layer, XLSX sheets as tables) as the Markdown kordoc makes of
 * them. Refusals are AppErrors with a Korean message: 413 too large, 415 unsupported type, 422 unreadable
 * or without text.
 */
export async function extractAttachmentText(fileName: string, bytes: Uint8Array): Promise<string> {
  if (bytes.length === 0)
    throw new AppError('validation_failed', 422, '파일이 비어 있습니다.', { reason: 'empty' });
  if (bytes.length > attachmentMaximumBytes) throw attachmentTooLarge();
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (!isSupported(extension) || !fileName.includes('.')) throw unsupported();
  const text =
    extension === 'txt' || extension === 'md' || extension === 'csv'
      ? decodeText(bytes).replace(/\r\n?/g, '\n').trim()
      : await parseDocument(extension, bytes);
  if (text === '') {
    throw unreadable(formatNames[extension], 'no_text', '파일에서 읽을 수 있는 글자를 찾지 못했습니다.');
  }
  if (text.length > attachmentMaximumCharacters) {
    throw unreadable(
      formatNames[extension],
      'too_long',
      `파일의 글자가 너무 많습니다(${text.length.toLocaleString('ko-KR')}자). ${attachmentMaximumCharacters.toLocaleString('ko-KR')}자까지 첨부할 수 있으니 필요한 부분만 나누어 첨부하세요.`,
    );
  }
  return text;
}
