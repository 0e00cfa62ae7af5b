import { AppError } from '../app-error.js';

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

function malformed(message = '파일을 multipart/form-data로 보내 주세요.'): AppError {
  return new AppError('validation_failed', 400, message);
}

function boundaryOf(contentType: string | undefined): string {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  const boundary = match?.[1] ?? match?.[2];
  if (boundary === undefined || !/^multipart\/form-data/i.test(contentType ?? '')) throw malformed();
  return boundary;
}

/** The file name of a part's Content-Disposition, `filename*=UTF-8''…` preferred (RFC 6266, 7578). */
function fileNameOf(headers: string): string | null {
  const disposition = headers.split('\r\n').find((line) => /^content-disposition:/i.test(line));
  if (disposition === undefined) return null;
  const extended = /;\s*filename\*=(?:UTF-8|utf-8)''([^;\s]+)/.exec(disposition);
  if (extended?.[1] !== undefined) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      return null;
    }
  }
  const plain = /;\s*filename="((?:[^"\\]|\\.)*)"/i.exec(disposition);
  if (plain?.[1] === undefined) return null;
  // Browsers send the name as UTF-8 and escape a quote and line breaks with percent signs.
  return plain[1].replace(/\\(.)/g, '$1').replace(/%22/g, '"').replace(/%0A/gi, '\n').replace(/%0D/gi, '\r');
}

/**
 * The files of a multipart/form-data body, in order (a small reader: the body is already bounded in
 * memory). Fields without a file name are ignored; a body without files is refused.
 */
export function readMultipartFiles(body: Buffer, contentType: string | undefined): UploadedFile[] {
  const delimiter = Buffer.from(`--${boundaryOf(contentType)}`);
  const closing = Buffer.concat([Buffer.from('\r\n'), delimiter]);
  const files: UploadedFile[] = [];
  let position = body.indexOf(delimiter);
  if (position === -1) throw malformed();
  for (;;) {
    position += delimiter.length;
    if (body.subarray(position, position + 2).toString('latin1') === '--') break;
    const headersStart = position + 2; // after CRLF
    const headersEnd = body.indexOf('\r\n\r\n', headersStart);
    if (headersEnd === -1) throw malformed();
    const next = body.indexOf(closing, headersEnd + 4);
    if (next === -1) throw malformed();
    const headers = body.subarray(headersStart, headersEnd).toString('utf8');
    const rawName = fileNameOf(headers);
    if (rawName !== null) {
      const fileName = rawName.split(/[\\/]/).pop()?.trim() ?? '';
      if (fileName === '') throw malformed('파일 이름이 없습니다.');
      files.push({ fileName, bytes: body.subarray(headersEnd + 4, next) });
    }
    position = next + 2;
  }
  if (files.length === 0) throw malformed('첨부할 파일이 없습니다.');
  return files;
}

/** The one file of a multipart/form-data body; more than one is refused. */
export function readMultipartFile(body: Buffer, contentType: string | undefined): UploadedFile {
  const files = readMultipartFiles(body, contentType);
  if (files.length > 1) throw malformed('파일은 한 번에 하나씩 첨부하세요.');
  return files[0] as UploadedFile;
}
