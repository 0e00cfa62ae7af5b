import { assistantDefinitionSchema } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields.js';

const base = assistantDefinitionSchema.parse({ name: '보도자료 도우미', instructions: '보도자료를 씁니다.' });

describe('changedFields', () => {
  it('names the keys that differ, nested lists included', () => {
    expect(
      changedFields(base, { ...base, instructions: '보도자료를 짧게 씁니다.', starters: ['시작'] }),
    ).toEqual(['instructions', 'starters']);
    expect(
      changedFields(
        { ...base, expectedFiles: [{ label: '계획서', description: '', formats: ['hwp'], required: false }] },
        {
          ...base,
          expectedFiles: [{ label: '계획서', description: '', formats: ['hwpx'], required: false }],
        },
      ),
    ).toEqual(['expectedFiles']);
  });

  it('ignores the key order jsonb stores objects in', () => {
    const file = { label: '계획서', description: '', formats: ['hwp' as const], required: false };
    const reordered = { required: false, formats: ['hwp' as const], description: '', label: '계획서' };
    expect(
      changedFields({ ...base, expectedFiles: [file] }, { ...base, expectedFiles: [reordered] }),
    ).toEqual([]);
    const { instructions, starters, ...rest } = base;
    expect(
      changedFields({ starters, ...rest, instructions }, { ...base, instructions: '다름', starters: ['a'] }),
    ).toEqual(['instructions', 'starters']);
  });

  it('is empty for the first version and for an unchanged definition', () => {
    expect(changedFields(null, base)).toEqual([]);
    expect(changedFields(base, { ...base })).toEqual([]);
  });
});
