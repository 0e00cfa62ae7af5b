import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

import { decodeCsvBytes } from './decode-csv-bytes.js';

const sample = '부서코드,부서명\nA100,기획조정실\n';

function withUtf8ByteOrderMark(text: string): Uint8Array {
  return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
}

describe('decodeCsvBytes', () => {
  it('decodes plain UTF-8', () => {
    expect(decodeCsvBytes(new TextEncoder().encode(sample))).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it('strips the UTF-8 byte order mark', () => {
    const decoded = decodeCsvBytes(withUtf8ByteOrderMark(sample));
    expect(decoded).toEqual({ text: sample, encoding: 'utf-8' });
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('falls back to CP949 when the bytes are not valid UTF-8', () => {
    const bytes = iconv.encode(sample, 'cp949');
    // Guard the premise: these bytes must really be invalid UTF-8, or the test proves nothing.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeCsvBytes(bytes)).toEqual({ text: sample, encoding: 'cp949' });
  });

  it('drops a UTF-8 byte order mark in front of CP949 bytes instead of decoding it as Hangul', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...iconv.encode(sample, 'cp949')]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: sample, encoding: 'cp949' });
  });

  it('decodes EUC-KR bytes, which CP949 extends', () => {
    const bytes = iconv.encode(sample, 'euc-kr');
    expect(decodeCsvBytes(bytes)).toEqual({ text: sample, encoding: 'cp949' });
  });

  it('decodes CP949-only Hangul outside EUC-KR', () => {
    // '똠' and '햏' are not in KS X 1001 and only exist in the CP949 extension.
    const text = '똠방각하,햏\n';
    expect(decodeCsvBytes(iconv.encode(text, 'cp949'))).toEqual({ text, encoding: 'cp949' });
  });

  it('normalises decomposed (NFD) Hangul to NFC', () => {
    const decomposed = sample.normalize('NFD');
    expect(decomposed).not.toBe(sample);
    const decoded = decodeCsvBytes(new TextEncoder().encode(decomposed));
    expect(decoded.text).toBe(sample);
    expect(decoded.encoding).toBe('utf-8');
  });

  it('decodes an empty file and a file holding only a byte order mark', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
    expect(decodeCsvBytes(withUtf8ByteOrderMark(''))).toEqual({ text: '', encoding: 'utf-8' });
  });
});
