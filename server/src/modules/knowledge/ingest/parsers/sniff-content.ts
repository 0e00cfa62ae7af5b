import { unzipSync } from 'fflate';

/** What a file's bytes are, whatever its name says. */
export type SniffedContent =
  | 'pdf'
  | 'hwp'
  | 'hwp3'
  | 'xls'
  | 'doc'
  | 'ppt'
  | 'encrypted-office'
  | 'ole2'
  | 'hwpx'
  | 'docx'
  | 'xlsx'
  | 'pptx'
  | 'zip'
  | 'other';

const ole2Signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const zipSignature = [0x50, 0x4b, 0x03, 0x04] as const;
const hwp3Signature = 'HWP Document File V3';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function containsAscii(bytes: Uint8Array, text: string, within: number): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, within)).includes(
    text,
    0,
    'latin1',
  );
}

// An OLE2 (Compound File) container names its streams in UTF-16LE directory entries; the names tell
// an HWP 5 document from an Excel 97-2003 workbook, a Word or PowerPoint 97-2003 file, or an Office
// 2007+ file encrypted with a password (which Office wraps in OLE2 as EncryptionInfo + EncryptedPackage).
const ole2Streams: readonly [string, SniffedContent][] = [
  ['EncryptedPackage', 'encrypted-office'],
  ['FileHeader', 'hwp'],
  ['Workbook', 'xls'],
  ['Book', 'xls'],
  ['WordDocument', 'doc'],
  ['PowerPoint Document', 'ppt'],
];

function ole2Content(bytes: Uint8Array): SniffedContent {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const [stream, content] of ole2Streams) {
    // The directory entry holds the name NUL-terminated, which keeps 'Book' from matching inside 'Workbook'.
    if (buffer.includes(Buffer.from(`${stream}\0`, 'utf16le'))) return content;
  }
  return 'ole2';
}

// The part each zip-based format cannot be without.
const zipParts: readonly [RegExp, SniffedContent][] = [
  [/^word\/document\.xml$/, 'docx'],
  [/^xl\/workbook\.xml$/, 'xlsx'],
  [/^ppt\/presentation\.xml$/, 'pptx'],
  [/^Contents\/(section\d+\.xml|content\.hpf)$/, 'hwpx'],
];

function zipContent(bytes: Uint8Array): SniffedContent {
  const names: string[] = [];
  try {
    // Lists the central directory without inflating anything.
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return 'zip';
  }
  for (const [part, content] of zipParts) {
    if (names.some((name) => part.test(name))) return content;
  }
  return 'zip';
}

/** The container the bytes are, from signatures and, inside ZIP and OLE2 containers, part names. */
export function sniffContent(bytes: Uint8Array): SniffedContent {
  if (startsWith(bytes, zipSignature)) return zipContent(bytes);
  if (startsWith(bytes, ole2Signature)) return ole2Content(bytes);
  // Readers accept %PDF- anywhere in the first kilobyte (some writers put junk before it).
  if (containsAscii(bytes, '%PDF-', 1024)) return 'pdf';
  if (containsAscii(bytes, hwp3Signature, hwp3Signature.length)) return 'hwp3';
  return 'other';
}

/** How the messages name sniffed content, and the extension that would fit it when one is readable here. */
export const sniffedDescriptions: Record<
  SniffedContent,
  { name: string; extension: 'pdf' | 'hwp' | 'xls' | 'hwpx' | 'docx' | 'xlsx' | 'pptx' | null }
> = {
  pdf: { name: 'PDF 문서', extension: 'pdf' },
  hwp: { name: '한글(HWP) 문서', extension: 'hwp' },
  hwp3: { name: '한글 97 이전(HWP 3.x) 문서', extension: 'hwp' },
  xls: { name: 'Excel 97-2003(XLS) 통합 문서', extension: 'xls' },
  doc: { name: 'Word 97-2003(DOC) 문서', extension: null },
  ppt: { name: 'PowerPoint 97-2003(PPT) 문서', extension: null },
  'encrypted-office': { name: '암호가 걸린 Office 문서', extension: null },
  ole2: { name: 'OLE 복합 문서(구형 Office·한글 형식)', extension: null },
  hwpx: { name: '한글(HWPX) 문서', extension: 'hwpx' },
  docx: { name: 'Word(DOCX) 문서', extension: 'docx' },
  xlsx: { name: 'Excel(XLSX) 통합 문서', extension: 'xlsx' },
  pptx: { name: 'PowerPoint(PPTX) 프레젠테이션', extension: 'pptx' },
  zip: { name: 'ZIP 압축 파일', extension: null },
  other: { name: '알 수 없는 형식', extension: null },
};
