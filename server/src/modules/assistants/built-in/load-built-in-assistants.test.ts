import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedFileFormatSchema } from '@jumugwan/contracts';
import { loadBuiltInTemplates } from '../../drafting/index.js';
import { builtInAssistantDirectory, loadBuiltInAssistants } from './load-built-in-assistants.js';

const assistants = await loadBuiltInAssistants();

async function directoryWith(files: Record<string, string>): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'assistants-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(directory, name), text);
  return directory;
}

const minimal = 'name: 시험 도우미\ninstructions: 시험합니다.\n';

describe('built-in assistants', () => {
  it('ship the twelve administrative assistants, each named after its file', () => {
    expect(assistants.map((assistant) => assistant.key)).toEqual([
      'complaint-reply-helper',
      'construction-material-prices',
      'excel-data-explainer',
      'gian-writer',
      'gongmun-proofreader',
      'law-plain-explainer',
      'meeting-minutes-summary',
      'official-letter-translator',
      'one-page-report-writer',
      'press-release-writer',
      'promotion-ideas',
      'speech-writer',
    ]);
    const byKey = new Map(assistants.map((assistant) => [assistant.key, assistant.definition]));
    expect(byKey.get('press-release-writer')?.name).toBe('보도자료 작성 도우미');
    expect(byKey.get('construction-material-prices')?.name).toBe('공사용 자재 단가 정리');
  });

  it('name only built-in drafting templates', async () => {
    const templateIds = new Set((await loadBuiltInTemplates()).map((template) => template.id));
    const named = assistants.flatMap((assistant) => {
      const id = assistant.definition.draftingTemplateId;
      return id === null ? [] : [[assistant.key, id] as const];
    });
    expect(named.length).toBeGreaterThanOrEqual(6);
    for (const [key, id] of named) expect(templateIds.has(id), `${key}: ${id}`).toBe(true);
    expect(Object.fromEntries(named)).toMatchObject({
      'press-release-writer': 'press-release',
      'complaint-reply-helper': 'complaint-reply',
      'meeting-minutes-summary': 'meeting-minutes',
    });
  });

  it('ask only for known file formats, and the spreadsheet ones for an XLSX or CSV', () => {
    const known = new Set<string>(expectedFileFormatSchema.options);
    for (const { key, definition } of assistants) {
      for (const file of definition.expectedFiles) {
        for (const format of file.formats) expect(known.has(format), `${key}: ${format}`).toBe(true);
      }
    }
    const required = (key: string) =>
      assistants
        .find((assistant) => assistant.key === key)
        ?.definition.expectedFiles.filter((file) => file.required)
        .map((file) => file.formats);
    expect(required('construction-material-prices')).toEqual([['xlsx', 'csv']]);
    expect(required('excel-data-explainer')).toEqual([['xlsx', 'csv']]);
    expect(required('meeting-minutes-summary')).toEqual([]);
  });

  it('carry the house rules: starters, an icon, no invented facts, care with personal data', () => {
    const categories = new Set<string>();
    for (const { key, definition } of assistants) {
      categories.add(definition.category);
      expect(definition.starters.length, key).toBeGreaterThanOrEqual(3);
      expect(definition.starters.length, key).toBeLessThanOrEqual(4);
      expect(definition.icon, key).not.toBe('🤖');
      expect(definition.description.length, key).toBeGreaterThan(20);
      expect(definition.defaultModel, key).toBeNull();
      expect(definition.collectionIds, key).toEqual([]);
      expect(definition.instructions, key).toContain('개인정보');
      expect(definition.instructions, key).toMatch(/모르는 것은 모른다고|모른다고 말/);
      expect(definition.instructions, key).toMatch(/지어내|만들어 내/);
    }
    expect([...categories].sort()).toEqual(
      expect.arrayContaining(['data_analysis', 'documents', 'ideas', 'research', 'summary', 'translation']),
    );
  });

  it('refuse a broken file with a Korean message that names it', async () => {
    const typo = await directoryWith({ 'typo.yaml': `${minimal}starter:\n  - 안녕\n` });
    await expect(loadBuiltInAssistants(typo)).rejects.toThrow(
      /기본 제공 어시스턴트 파일 typo\.yaml이\(가\) 올바르지 않습니다: .*starter/,
    );
    const empty = await directoryWith({ 'empty-instructions.yaml': 'name: 빈 지시문\ninstructions: ""\n' });
    await expect(loadBuiltInAssistants(empty)).rejects.toThrow(
      /empty-instructions\.yaml.*instructions: 지시문을 입력하세요/,
    );
    const badYaml = await directoryWith({ 'bad.yaml': 'name: [열린 괄호\n' });
    await expect(loadBuiltInAssistants(badYaml)).rejects.toThrow(/bad\.yaml.*YAML 문법 오류/);
    const model = await directoryWith({ 'model.yaml': `${minimal}defaultModel: gpt-4o\n` });
    await expect(loadBuiltInAssistants(model)).rejects.toThrow(/model\.yaml.*defaultModel/);
    const badName = await directoryWith({ 'Press Release.yaml': minimal });
    await expect(loadBuiltInAssistants(badName)).rejects.toThrow(/Press Release\.yaml.*파일 이름/);
    const twins = await directoryWith({ 'first.yaml': minimal, 'second.yaml': minimal });
    await expect(loadBuiltInAssistants(twins)).rejects.toThrow(/second\.yaml.*first\.yaml/);
  });

  it('read the shipped files from server/assistants', async () => {
    const text = await readFile(join(builtInAssistantDirectory, 'press-release-writer.yaml'), 'utf8');
    expect(text).toContain('draftingTemplateId: press-release');
  });
});
