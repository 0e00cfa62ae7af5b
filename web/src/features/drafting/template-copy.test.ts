import { draftTemplateSchema, type DraftTemplate } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { starterTemplate, templateCopy } from './template-copy';

const pressRelease: DraftTemplate = draftTemplateSchema.parse({
  id: 'press-release',
  version: 3,
  name: '보도자료',
  category: '홍보',
  layout: 'press',
  fields: [{ key: 'title', label: '제목', type: 'text' }],
  sections: [],
});

describe('templateCopy', () => {
  it('makes an unused id and a copy name at version 1', () => {
    const copy = templateCopy(pressRelease, ['press-release', 'press-release-copy'], '(사본)');
    expect(copy.id).toBe('press-release-copy-2');
    expect(copy.name).toBe('보도자료 (사본)');
    expect(copy.version).toBe(1);
    expect(draftTemplateSchema.safeParse(copy).success).toBe(true);
  });

  it('keeps long ids and names within their limits', () => {
    const long = { ...pressRelease, id: `a${'b'.repeat(58)}`, name: '가'.repeat(60) };
    const copy = templateCopy(long, [], '(사본)');
    expect(copy.id.length).toBeLessThanOrEqual(60);
    expect(copy.id.endsWith('-copy')).toBe(true);
    expect(copy.name.length).toBe(60);
  });
});

describe('starterTemplate', () => {
  it('is a valid template', () => {
    expect(draftTemplateSchema.safeParse(starterTemplate).success).toBe(true);
  });
});
