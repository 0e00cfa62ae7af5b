import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compoundFileOf, pdfOf, pptxOf, xlsOf } from './parser-test-fixtures.js';
import { sniffContent } from './sniff-content.js';

describe('sniffContent', () => {
  it('tells zip-based formats apart by their parts', () => {
    expect(sniffContent(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toBe('docx');
    expect(sniffContent(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toBe('xlsx');
    expect(sniffContent(pptxOf(['']))).toBe('pptx');
    expect(sniffContent(zipSync({ 'Contents/section0.xml': strToU8('<hs:sec/>') }))).toBe('hwpx');
    expect(sniffContent(zipSync({ 'a.txt': strToU8('a') }))).toBe('zip');
    expect(sniffContent(Uint8Array.from([0x50, 0x4b, 3, 4, 9, 9]))).toBe('zip');
  });

  it('tells OLE2 files apart by their stream names', () => {
    expect(sniffContent(xlsOf([{ name: 'a', rows: [['b']] }]))).toBe('xls');
    expect(sniffContent(compoundFileOf('FileHeader', new Uint8Array(10)))).toBe('hwp');
    expect(sniffContent(compoundFileOf('WordDocument', new Uint8Array(10)))).toBe('doc');
    expect(sniffContent(compoundFileOf('PowerPoint Document', new Uint8Array(10)))).toBe('ppt');
    expect(sniffContent(compoundFileOf('EncryptedPackage', new Uint8Array(10)))).toBe('encrypted-office');
    expect(sniffContent(compoundFileOf('Other', new Uint8Array(10)))).toBe('ole2');
  });

  it('finds PDF and HWP 3 signatures', () => {
    expect(sniffContent(pdfOf([[]]))).toBe('pdf');
    expect(sniffContent(Buffer.from('\r\n%PDF-1.7 after junk'))).toBe('pdf');
    expect(sniffContent(Buffer.from('HWP Document File V3.00 \u001a\u0001\u0002'))).toBe('hwp3');
    expect(sniffContent(Buffer.from('평범한 글'))).toBe('other');
  });
});
