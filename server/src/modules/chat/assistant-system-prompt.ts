import type { DraftTemplate } from '@jumugwan/contracts';
import type { AssistantForUse } from '../assistants/index.js';
import { renderSkeleton } from '../drafting/index.js';

/** The chat knows no author's details: the skeleton keeps their places as `[label]` blanks. */
const blankContext = {
  institutionName: '[기관명]',
  userName: '[작성자]',
  userRank: '[직급]',
  departmentName: '[부서]',
  userEmail: '[전자우편]',
};

/** A drafting template's structure as the answer should follow it: instructions, sections, skeleton. */
export function templateStructurePrompt(template: DraftTemplate, today: Date): string {
  const sections = template.sections
    .filter((section) => section.heading !== '' || section.instructions !== '')
    .map(
      (section, index) =>
        `${String(index + 1)}) ${section.heading === '' ? '본문' : section.heading}${section.instructions === '' ? '' : `: ${section.instructions}`}`,
    );
  const skeleton = renderSkeleton(template, {}, { ...blankContext, today }).body;
  return [
    `[문서 구성: ${template.name}]`,
    `문서를 써 달라는 요청에는 "${template.name}"의 구성을 따라 씁니다. 항목 부호는 1. → 가. → 1) → 가) 순서로, 단계마다 두 칸씩 들여 씁니다. 모르는 값은 [대괄호] 빈칸으로 남기고 지어내지 않습니다.`,
    ...(template.instructions === '' ? [] : [template.instructions]),
    ...(sections.length === 0 ? [] : ['', '구성:', ...sections]),
    ...(skeleton === '' ? [] : ['', '뼈대:', skeleton]),
    ...(template.endMark ? ['', '본문 끝에는 두 칸 띄우고 "끝."을 씁니다.'] : []),
  ].join('\n');
}

/**
 * The system message of a question asked of a custom assistant: who it is, its instructions and, when it
 * names a drafting template, that template's structure. Knowledge sources, when any, follow it in the
 * same message (one system message: some on-prem chat templates accept no second one).
 */
export function assistantSystemPrompt(
  assistant: Pick<AssistantForUse, 'name' | 'definition'>,
  template: DraftTemplate | null,
  today: Date,
): string {
  return [
    `당신은 대한민국 공무원의 업무를 돕는 "${assistant.name}"입니다. 아래 [지시문]을 따라 한국어로 답하세요.`,
    '',
    '[지시문]',
    assistant.definition.instructions,
    ...(template === null ? [] : ['', templateStructurePrompt(template, today)]),
  ].join('\n');
}
