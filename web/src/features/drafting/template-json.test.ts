import type { DraftTemplateInput } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { issuePath, parseTemplateJson, templateJson } from './template-json';

const valid: DraftTemplateInput = {
  id: 'my-notice',
  version: 1,
  name: '안내문',
  category: '안내',
  layout: 'notice',
  fields: [{ key: 'title', label: '제목', type: 'text', required: true }],
  sections: [{ heading: '개요', skeleton: '  가. {{title}}' }],
};

describe('parseTemplateJson', () => {
  it('accepts a valid template and fills the defaults', () => {
    const result = parseTemplateJson(templateJson(valid));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.template.endMark).toBe(true);
      expect(result.template.fields[0]?.hint).toBe('');
    }
  });

  it('says where the JSON syntax breaks', () => {
    const result = parseTemplateJson('{\n  "id": "x",\n  "name": \n}');
    expect(result.ok ? [] : result.issues).toEqual([
      { path: '', message: 'JSON 문법이 올바르지 않습니다 (4번째 줄 근처).' },
    ]);
  });

  it('points at the end of unfinished JSON', () => {
    const result = parseTemplateJson('{\n  "id": "x",\n');
    expect(result.ok ? null : result.issues[0]?.message).toBe(
      'JSON 문법이 올바르지 않습니다 (2번째 줄 근처).',
    );
  });

  it('gives Korean messages with the path, keeping the schema’s own Korean ones', () => {
    const broken = {
      ...valid,
      id: 'My Notice',
      name: '',
      layout: 'poster',
      fields: [{ key: 'title', label: '제목', type: 'text', maxLength: 0 }],
      sections: 'none',
    };
    const result = parseTemplateJson(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((issue) => [issue.path, issue.message]));
    expect(byPath.id).toBe('템플릿 ID는 영문 소문자·숫자·하이픈 60자 이내여야 합니다.');
    expect(byPath.name).toBe('1자 이상이어야 합니다.');
    expect(byPath.layout).toMatch(/^다음 중 하나여야 합니다: gian, press/u);
    expect(byPath['fields[0].maxLength']).toBe('1 이상이어야 합니다.');
    expect(byPath.sections).toBe('배열 값이어야 합니다.');
  });

  it('names a missing field as required', () => {
    const { category: _category, ...withoutCategory } = valid;
    const result = parseTemplateJson(JSON.stringify(withoutCategory));
    expect(result.ok ? [] : result.issues).toEqual([{ path: 'category', message: '필수 항목입니다.' }]);
  });
});

describe('issuePath', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(issuePath(['fields', 2, 'label'])).toBe('fields[2].label');
    expect(issuePath([])).toBe('');
  });
});
