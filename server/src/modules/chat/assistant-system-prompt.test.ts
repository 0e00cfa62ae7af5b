import { assistantDefinitionSchema } from '@jumugwan/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DraftTemplate } from '@jumugwan/contracts';
import { loadBuiltInTemplates } from '../drafting/index.js';
import { assistantSystemPrompt, templateStructurePrompt } from './assistant-system-prompt.js';

const assistant = {
  name: '사업계획 도우미',
  definition: assistantDefinitionSchema.parse({
    name: '사업계획 도우미',
    instructions: '사업계획서 초안을 개조식으로 씁니다.\n예산은 천 원 단위로 적습니다.',
  }),
};
const today = new Date('2026-03-02T01:00:00Z');

describe('assistantSystemPrompt', () => {
  let businessPlan: DraftTemplate;
  let pressRelease: DraftTemplate;
  beforeAll(async () => {
    const templates = await loadBuiltInTemplates();
    const find = (id: string) => {
      const template = templates.find((candidate) => candidate.id === id);
      if (template === undefined) throw new Error(`no built-in template ${id}`);
      return template;
    };
    businessPlan = find('business-plan');
    pressRelease = find('press-release');
  });

  it('names the assistant and carries its instructions whole', () => {
    const prompt = assistantSystemPrompt(assistant, null, today);
    expect(prompt).toContain('"사업계획 도우미"');
    expect(prompt).toContain('[지시문]\n사업계획서 초안을 개조식으로 씁니다.\n예산은 천 원 단위로 적습니다.');
    expect(prompt).not.toContain('[문서 구성');
  });

  it("adds the template's instructions, sections and skeleton with blanks for unknown values", () => {
    const prompt = assistantSystemPrompt(assistant, businessPlan, today);
    expect(prompt).toContain(`[문서 구성: ${businessPlan.name}]`);
    expect(prompt).toContain(businessPlan.instructions);
    const headings = businessPlan.sections.map((section) => section.heading);
    expect(headings).toContain('추진 배경');
    // The sections in their order, each with what the model writes there.
    const structure = prompt.slice(prompt.indexOf('구성:'));
    const positions = headings.map((heading) => structure.indexOf(heading));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((left, right) => left - right)).toEqual(positions);
    const background = businessPlan.sections.find((section) => section.heading === '추진 배경');
    expect(prompt).toContain(`1) 추진 배경: ${background?.instructions ?? ''}`);
    // The skeleton numbers the sections as the drafting form does, with [label] blanks and no {{keys}}.
    expect(prompt).toContain('뼈대:\n');
    expect(prompt).toContain('1. 추진 배경');
    expect(prompt).toMatch(/\[[^\]\n]+\]/);
    expect(prompt).not.toContain('{{');
  });

  it('says 끝. only for templates that end with it', () => {
    expect(templateStructurePrompt(businessPlan, today).includes('"끝."')).toBe(businessPlan.endMark);
    expect(pressRelease.endMark).toBe(false);
    expect(templateStructurePrompt(pressRelease, today)).not.toContain('"끝."');
    // Sections without a heading are named as the body.
    expect(templateStructurePrompt(pressRelease, today)).toContain('1) 본문: ');
  });
});
