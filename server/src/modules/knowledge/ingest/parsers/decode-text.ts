import iconv from 'iconv-lite';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * The text of a plain-text file (TXT, Markdown, CSV, HTML) as Korean computers save it: UTF-8 with or
 * without a byte-order mark, UTF-16 with one (Notepad's "Unicode"), or else CP949, the Korean Windows
 * code page. CP949 goes through iconv-lite: Node's TextDecoder('euc-kr') turns the Unified Hangul Code
 * extensions (똠, 햏 and 8,800 other syllables outside EUC-KR) into replacement characters.
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'cp949');
  }
}
