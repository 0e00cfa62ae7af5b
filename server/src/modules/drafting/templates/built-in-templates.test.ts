import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleValues } from '../field-values.js';
import { renderSkeleton } from '../render/render-skeleton.js';
import { lintDraftText } from '../lint/index.js';
import { loadBuiltInTemplates } from './built-in-templates.js';
import { templateLintRules } from './template-lint-rules.js';

const context = {
  institutionName: '서울특별시',
  userName: '홍길동',
  userRank: '주무관',
  departmentName: '디지털정책과',
  userEmail: 'hong@seoul.go.kr',
  today: new Date('2026-11-30T01:00:00Z'),
};

describe('built-in drafting templates', () => {
  it('ship the twelve document types the seeds ask for, each valid', async () => {
    const templates = await loadBuiltInTemplates();
    expect(templates.map((template) => template.id).sort()).toEqual([
      'briefing-qna',
      'business-plan',
      'complaint-reply',
      'gian-external',
      'gian-internal',
      'meeting-minutes',
      'one-page-report',
      'press-explanation',
      'press-release',
      'public-notice',
      'result-report',
      'speech',
    ]);
    for (const template of templates) {
      expect(template.fields.filter((field) => field.required).every((field) => field.example !== '')).toBe(
        true,
      );
    }
  });

  it('fill their skeletons from their examples into text that breaks no public-document rule', async () => {
    for (const template of await loadBuiltInTemplates()) {
      const document = renderSkeleton(template, exampleValues(template), context);
      expect(document.title, template.id).not.toBe('');
      const errors = lintDraftText(document.body, { rules: templateLintRules(template) }).filter(
        (finding) => finding.severity === 'error',
      );
      expect(errors, `${template.id}\n${document.body}`).toEqual([]);
      if (template.endMark) expect(document.body.endsWith('끝.'), template.id).toBe(true);
    }
  });

  it('refuse a template file that names a field it does not have', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'templates-'));
    await writeFile(
      join(directory, 'broken.yaml'),
      'id: broken\nversion: 1\nname: 깨진 템플릿\ncategory: 시험\nlayout: plain\ntitle: "{{missing}}"\nfields:\n  - key: title\n    label: 제목\n    type: text\nsections: []\n',
    );
    await expect(loadBuiltInTemplates(directory)).rejects.toThrow('{{missing}}');
  });
});
