import iconv from 'iconv-lite';

export type CsvEncoding = 'utf-8' | 'cp949';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

const utf8ByteOrderMark = [0xef, 0xbb, 0xbf] as const;

function startsWithUtf8ByteOrderMark(bytes: Uint8Array): boolean {
  return utf8ByteOrderMark.every((byte, index) => bytes[index] === byte);
}

/**
 * Decodes an HR-system CSV export. Korean HR systems and Excel ("CSV (쉼표로 분리)") still emit
 * CP949/EUC-KR, so anything that is not valid UTF-8 is assumed to be CP949 (a superset of EUC-KR).
 * Hangul in CP949 almost never forms valid UTF-8, which makes the strict UTF-8 attempt a reliable test.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const body = startsWithUtf8ByteOrderMark(bytes) ? bytes.subarray(utf8ByteOrderMark.length) : bytes;
  let text: string;
  let encoding: CsvEncoding;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    encoding = 'utf-8';
  } catch {
    text = iconv.decode(body, 'cp949');
    encoding = 'cp949';
  }
  // macOS exports may carry decomposed (NFD) Hangul, which would not match codes or names typed elsewhere.
  return { text: text.normalize('NFC'), encoding };
}
