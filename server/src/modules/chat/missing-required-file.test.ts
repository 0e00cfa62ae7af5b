import { expectedFileFormatSchema } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { supportedAttachmentExtensions } from './attachments/extract-attachment-text.js';
import { assistantFileRequired, missingRequiredFile } from './missing-required-file.js';

it('lets an assistant ask only for files the chat can read', () => {
  // A required file the chat cannot take would make the assistant unusable.
  expect([...supportedAttachmentExtensions]).toEqual(
    expect.arrayContaining([...expectedFileFormatSchema.options]),
  );
});

const priceTable = {
  label: '자재 단가표',
  description: '',
  formats: ['xlsx', 'csv'] as const,
  required: true,
};
const memo = { label: '참고 메모', description: '', formats: ['txt'] as const, required: false };

describe('missingRequiredFile', () => {
  it('finds a required file none of the attachments can be, by extension and in any case', () => {
    const expected = [
      { ...priceTable, formats: [...priceTable.formats] },
      { ...memo, formats: [...memo.formats] },
    ];
    expect(missingRequiredFile(expected, [])?.label).toBe('자재 단가표');
    expect(missingRequiredFile(expected, [{ name: '단가표.hwp' }, { name: 'xlsx' }])?.label).toBe(
      '자재 단가표',
    );
    expect(missingRequiredFile(expected, [{ name: '2026 단가표.XLSX' }])).toBeNull();
    expect(missingRequiredFile(expected, [{ name: '단가.csv' }])).toBeNull();
    // Optional files are never demanded.
    expect(missingRequiredFile([{ ...memo, formats: [...memo.formats] }], [])).toBeNull();
  });

  it('names the file and its formats in the refusal', () => {
    const error = assistantFileRequired({ ...priceTable, formats: ['xlsx'] });
    expect(error).toMatchObject({ code: 'assistant_file_required', statusCode: 400 });
    expect(error.message).toContain('이 어시스턴트는 첫 질문에 ‘자재 단가표(XLSX)’ 파일이 필요합니다.');
    expect(assistantFileRequired({ ...priceTable, formats: ['xlsx', 'csv'] }).message).toContain(
      '‘자재 단가표(XLSX·CSV)’',
    );
  });
});
