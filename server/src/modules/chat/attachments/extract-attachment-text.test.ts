import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/app-error.js';
import { writeXlsx } from '../../../platform/spreadsheet/index.js';
import { docxOf, encryptedHwp, pdfOf, sharedDocument, sharedFixturesPresent } from './attachment-fixtures.js';
import { extractAttachmentText } from './extract-attachment-text.js';

async function refusal(fileName: string, bytes: Uint8Array): Promise<AppError> {
  try {
    await extractAttachmentText(fileName, bytes);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('extractAttachmentText', () => {
  it('reads UTF-8 and CP949 text and Markdown', async () => {
    expect(await extractAttachmentText('메모.txt', Buffer.from('\uFEFF출장 보고\r\n둘째 줄\r\n'))).toBe(
      '출장 보고\n둘째 줄',
    );
    expect(await extractAttachmentText('공문.TXT', iconv.encode('예산 집행 계획', 'cp949'))).toBe(
      '예산 집행 계획',
    );
    expect(await extractAttachmentText('안내.md', Buffer.from('# 제목\n\n- 항목'))).toBe('# 제목\n\n- 항목');
  });

  it('reads DOCX and the text layer of a PDF', async () => {
    const docx = await extractAttachmentText(
      '보고서.docx',
      await docxOf(['첫 문단입니다.', '둘째 문단입니다.']),
    );
    expect(docx).toContain('첫 문단입니다.');
    expect(docx).toContain('둘째 문단입니다.');
    expect(await extractAttachmentText('memo.pdf', pdfOf(['Budget report 2025', 'Second line']))).toBe(
      'Budget report 2025\n\nSecond line',
    );
  });

  it('reads XLSX sheets as Markdown tables and CSV as text', async () => {
    const workbook = writeXlsx([
      {
        name: '자재 단가',
        columns: [
          { header: '품명', kind: 'text' },
          { header: '단가', kind: 'won' },
        ],
        rows: [['레미콘', 85_000]],
      },
    ]);
    const sheet = await extractAttachmentText('단가표.xlsx', workbook);
    expect(sheet).toContain('## 자재 단가');
    expect(sheet).toContain('| 레미콘 | 85000 |');
    expect(
      await extractAttachmentText('단가.CSV', iconv.encode('품명,단가\r\n레미콘,85000\r\n', 'cp949')),
    ).toBe('품명,단가\n레미콘,85000');
    expect(await refusal('깨진.xlsx', Buffer.from('not a zip'))).toMatchObject({
      statusCode: 422,
      details: { reason: 'corrupted', format: 'XLSX' },
    });
  });

  it('refuses empty, unsupported, broken and text-less files with Korean messages', async () => {
    expect(await refusal('빈.txt', Buffer.alloc(0))).toMatchObject({
      code: 'validation_failed',
      statusCode: 422,
    });
    const unsupported = await refusal('사진.png', Buffer.from('png'));
    expect(unsupported).toMatchObject({ code: 'validation_failed', statusCode: 415 });
    expect(unsupported.message).toContain('.hwp');
    expect(await refusal('이름없음', Buffer.from('text'))).toMatchObject({ statusCode: 415 });
    const broken = await refusal('깨진.docx', Buffer.from('not a zip'));
    expect(broken).toMatchObject({
      code: 'validation_failed',
      statusCode: 422,
      details: { reason: 'corrupted' },
    });
    expect(broken.message).toMatch(/DOCX 파일을 읽을 수 없습니다/);
    expect(await refusal('깨진.hwp', Buffer.from('not an hwp'))).toMatchObject({
      statusCode: 422,
      details: { reason: 'corrupted', format: 'HWP' },
    });
    expect(await refusal('깨진.hwpx', Buffer.from('PK not really'))).toMatchObject({ statusCode: 422 });
    expect(await refusal('깨진.pdf', Buffer.from('%PDF-1.4 nothing'))).toMatchObject({ statusCode: 422 });
    const scanned = await refusal('스캔.pdf', pdfOf([]));
    expect(scanned).toMatchObject({ statusCode: 422, details: { reason: 'no_text_layer' } });
    expect(scanned.message).toContain('글자 정보가 없는 PDF');
    expect(await refusal('공백.txt', Buffer.from(' \n\n '))).toMatchObject({
      details: { reason: 'no_text' },
    });
  });

  it('refuses files over 10 MB and text over 200,000 characters', async () => {
    const large = await refusal('큰.txt', Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
    expect(large).toMatchObject({ code: 'payload_too_large', statusCode: 413 });
    expect(large.message).toContain('10MB');
    const long = await refusal('긴.txt', Buffer.from('가'.repeat(200_001)));
    expect(long).toMatchObject({ statusCode: 422, details: { reason: 'too_long' } });
    expect(await extractAttachmentText('딱.txt', Buffer.from('가'.repeat(200_000)))).toHaveLength(200_000);
  });

  describe.skipIf(!sharedFixturesPresent)('real Hangul documents (../shared/fixtures)', () => {
    it('reads HWP and HWPX, leaving out image references', async () => {
      const hwp = await extractAttachmentText('표.hwp', sharedDocument('hwp/표.hwp'));
      expect(hwp).toContain('| LMN | OPQ | STR |');
      expect(hwp).not.toContain('![image]');
      const notice = await extractAttachmentText('공고.hwp', sharedDocument('hwp/distribution.hwp'));
      expect(notice).toContain('시설관리원 용역업체 선정');
      const hwpx = await extractAttachmentText('표.hwpx', sharedDocument('hwpx/SimpleTable.hwpx'));
      expect(hwpx).toContain('<td>3</td>');
    });

    it('refuses password-protected HWP and an empty HWPX', async () => {
      const locked = await refusal('잠김.hwp', encryptedHwp(sharedDocument('hwp/표.hwp')));
      expect(locked).toMatchObject({ statusCode: 422, details: { reason: 'encrypted' } });
      expect(locked.message).toContain('암호');
      expect(await refusal('빈.hwpx', sharedDocument('hwpx/blank.hwpx'))).toMatchObject({
        details: { reason: 'no_text' },
      });
    });
  });

  it.runIf(!sharedFixturesPresent)('skips the HWP/HWPX tier: ../shared/fixtures is missing', () => {
    console.warn('../shared/fixtures not found: HWP/HWPX extraction tests skipped');
  });
});
