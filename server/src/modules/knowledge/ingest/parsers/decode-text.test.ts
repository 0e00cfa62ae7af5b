import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';

describe('decodeText', () => {
  it('reads UTF-8 with or without BOM, UTF-16 with a BOM, and CP949 with its extended syllables', () => {
    const text = '똠방각하 햏 보고서';
    expect(decodeText(Buffer.from(text))).toBe(text);
    expect(decodeText(Buffer.from(`\uFEFF${text}`))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    expect(
      decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])),
    ).toBe(text);
    expect(decodeText(iconv.encode(text, 'cp949'))).toBe(text);
  });

  it('decodes only the view it is given', () => {
    const backing = Buffer.from('앞쪽|가운데|뒤쪽');
    expect(decodeText(backing.subarray(Buffer.byteLength('앞쪽|'), Buffer.byteLength('앞쪽|가운데')))).toBe(
      '가운데',
    );
  });
});
