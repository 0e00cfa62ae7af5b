import { DocumentReadError, type DocumentFormat } from '../parsed-document.js';

/** How the uploader knows each format, for the Korean messages. */
export const formatLabels: Record<DocumentFormat, string> = {
  hwp: '한글(HWP)',
  hwpx: '한글(HWPX)',
  pdf: 'PDF',
  docx: 'Word(DOCX)',
  xlsx: 'Excel(XLSX)',
  xls: 'Excel(XLS)',
  csv: 'CSV',
  pptx: 'PowerPoint(PPTX)',
  txt: '텍스트(TXT)',
  md: '마크다운(MD)',
  html: 'HTML',
};

const supportedList =
  '한글(.hwp, .hwpx), PDF, Word(.docx), Excel(.xlsx, .xls), CSV, PowerPoint(.pptx), 텍스트(.txt), 마크다운(.md), HTML 파일';

// Older or neighbouring formats people do upload, with what to do about each.
const unsupportedHints: Record<string, string> = {
  doc: 'Word 97-2003 문서(.doc)는 읽을 수 없습니다. Word에서 DOCX 형식으로 다시 저장한 뒤 올리세요.',
  ppt: 'PowerPoint 97-2003 문서(.ppt)는 읽을 수 없습니다. PowerPoint에서 PPTX 형식으로 다시 저장한 뒤 올리세요.',
  hml: 'HML 문서는 읽을 수 없습니다. 한글에서 HWP 또는 HWPX 형식으로 다시 저장한 뒤 올리세요.',
  rtf: 'RTF 문서는 읽을 수 없습니다. DOCX 형식으로 다시 저장한 뒤 올리세요.',
};

/** '52.4MB', '0.5MB': sizes as the messages show them. */
function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${value >= 10 ? Math.round(value).toLocaleString('ko-KR') : String(Math.round(value * 10) / 10)}MB`;
}

export function unsupportedFormat(extension: string | null): DocumentReadError {
  const hint = extension === null ? undefined : unsupportedHints[extension];
  if (hint !== undefined) return new DocumentReadError('unsupported_format', hint);
  const what = extension === null ? '확장자가 없는 파일은' : `.${extension} 파일은`;
  return new DocumentReadError(
    'unsupported_format',
    `${what} 읽을 수 없습니다. ${supportedList}만 올릴 수 있습니다.`,
  );
}

export function emptyFile(format: DocumentFormat): DocumentReadError {
  return new DocumentReadError(
    'empty',
    `빈 ${formatLabels[format]} 파일입니다(0바이트). 내용이 저장된 파일인지 확인한 뒤 다시 올리세요.`,
  );
}

export function tooLarge(format: DocumentFormat, size: number, maximumBytes: number): DocumentReadError {
  return new DocumentReadError(
    'too_large',
    `${formatLabels[format]} 파일이 너무 큽니다(${megabytes(size)}). ${megabytes(maximumBytes)}까지 올릴 수 있으니 파일을 나누어 올리세요.`,
  );
}

/** A zip whose parts would unpack to more than the parser takes on (a zip bomb or a huge deck). */
export function unpacksTooLarge(format: DocumentFormat): DocumentReadError {
  return new DocumentReadError(
    'too_large',
    `${formatLabels[format]} 파일의 압축을 풀면 너무 커서 읽을 수 없습니다. 파일을 나누어 올리세요.`,
  );
}

export function encrypted(format: DocumentFormat): DocumentReadError {
  return new DocumentReadError(
    'encrypted',
    `암호나 문서 보안(DRM)이 걸린 ${formatLabels[format]} 파일은 읽을 수 없습니다. 암호나 보안을 해제한 뒤 다시 올리세요.`,
  );
}

export function corrupted(format: DocumentFormat): DocumentReadError {
  const label = formatLabels[format];
  return new DocumentReadError(
    'corrupted',
    `${label} 파일을 읽을 수 없습니다. 손상되었거나 ${label} 형식이 아닌 파일입니다. 원래 프로그램에서 열리는지 확인하고 다시 저장한 뒤 올리세요.`,
  );
}

/**
 * The name says one format, the bytes another. `actual` names what the bytes are (e.g. 'ZIP 압축 파일');
 * `rename` is the extension that would fit them, when it is one this reader takes.
 */
export function formatMismatch(
  format: DocumentFormat,
  extension: string,
  actual: string,
  rename: DocumentFormat | null,
): DocumentReadError {
  const fix =
    rename === null
      ? `원래 프로그램에서 ${formatLabels[format]} 형식으로 다시 저장한 뒤 올리세요.`
      : `실제 형식에 맞게 확장자를 .${rename}로 바꾸거나, 원래 프로그램에서 ${formatLabels[format]} 형식으로 다시 저장한 뒤 올리세요.`;
  return new DocumentReadError(
    'corrupted',
    `파일 이름은 .${extension}이지만 실제 내용은 ${actual}입니다. ${fix}`,
  );
}

/** Bytes that are no known document container: damaged, or wrapped by an institution's document DRM. */
export function unrecognizedContent(format: DocumentFormat, extension: string): DocumentReadError {
  const label = formatLabels[format];
  return new DocumentReadError(
    'corrupted',
    `.${extension} 파일의 내용이 ${label} 형식이 아닙니다. 파일이 손상되었거나 기관의 문서 보안(DRM)으로 암호화되었을 수 있습니다. 원본을 열어 ${label} 형식으로 다시 저장하거나 보안을 해제한 뒤 올리세요.`,
  );
}

export function noText(format: DocumentFormat): DocumentReadError {
  const label = formatLabels[format];
  const messages: Partial<Record<DocumentFormat, string>> = {
    pdf: '글자 정보가 없는 PDF(스캔한 문서나 그림으로 된 PDF)입니다. 텍스트를 선택할 수 있는 PDF로 다시 만들거나 글자 인식(OCR)을 거친 뒤 올리세요.',
    pptx: `${label} 파일의 슬라이드에서 글자를 찾지 못했습니다. 그림으로만 된 슬라이드는 읽을 수 없으니 글자가 들어 있는 파일을 올리세요.`,
    xlsx: `${label} 파일의 모든 시트가 비어 있습니다. 내용이 들어 있는 파일인지 확인하세요.`,
    xls: `${label} 파일의 모든 시트가 비어 있습니다. 내용이 들어 있는 파일인지 확인하세요.`,
  };
  return new DocumentReadError(
    'no_text',
    messages[format] ??
      `${label} 파일에서 읽을 수 있는 글자를 찾지 못했습니다. 그림만 있거나 빈 문서가 아닌지 확인하세요.`,
  );
}
