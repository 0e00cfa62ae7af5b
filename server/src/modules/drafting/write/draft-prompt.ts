import type {
  DraftDocument,
  DraftReference,
  DraftTemplate,
  FieldValue,
  ProvidedStatute,
} from '@jumugwan/contracts';
import type { GroundingSource } from '../../knowledge/index.js';
import type { ProviderChatRequest } from '../../gateway/provider-spec.js';
import { fieldText } from '../render/field-text.js';

/** Keeps the prompt inside small on-prem models' context windows. */
const referenceCharacters = 8_000;

export interface DraftPromptInput {
  template: DraftTemplate;
  values: Readonly<Record<string, FieldValue>>;
  skeleton: DraftDocument;
  references: readonly DraftReference[];
  sources: readonly GroundingSource[];
  statutes: readonly ProvidedStatute[];
  /** Present for a revision: the version being revised and what to change. */
  revision?: { document: DraftDocument; instruction: string };
}

/** The system and user messages that ask for the body of a draft (or a revision of it). */
export function draftPrompt(input: DraftPromptInput): ProviderChatRequest['messages'] {
  return [
    { role: 'system', content: systemPrompt(input.template) },
    { role: 'user', content: userPrompt(input) },
  ];
}

function systemPrompt(template: DraftTemplate): string {
  const structure = template.sections
    .filter((section) => section.instructions !== '')
    .map(
      (section, index) =>
        `${String(index + 1)}) ${section.heading === '' ? '본문' : section.heading}: ${section.instructions}`,
    )
    .join('\n');
  return [
    `당신은 대한민국 행정기관 공무원의 문서 작성을 돕습니다. "${template.name}"의 본문을 씁니다.`,
    template.instructions,
    '',
    '출력 규칙:',
    '- 본문만 출력합니다. 제목, 두문(기관명·수신·경유), 결문(발신명의·결재란·연락처 표), 설명, 마크다운 기호(#, **, ```)는 쓰지 않습니다.',
    '- 한 줄에 한 문단을 쓰고, 항목 단계마다 두 칸씩 들여 씁니다. 항목 부호 뒤에는 한 칸을 띄웁니다.',
    '- 표가 필요하면 | 칸 | 칸 | 형식의 마크다운 표로 씁니다.',
    '- 입력과 자료에 없는 사실·수치·인명·법령을 지어내지 않습니다. 모르는 값은 ○○로 둡니다.',
    '- 뼈대에 있는 붙임 줄은 그대로 둡니다.',
    template.endMark
      ? '- 본문 끝(붙임이 있으면 마지막 붙임 줄 끝)에 두 칸 띄우고 "끝."을 씁니다.'
      : '- "끝." 표시는 쓰지 않습니다.',
    ...(template.verifyStatutes
      ? ['- 법령은 [제공된 법령 조문]에 있는 조문만 「법령명」 제N조제N항 형식으로 인용합니다.']
      : []),
    ...(structure === '' ? [] : ['', '구성:', structure]),
  ].join('\n');
}

function userPrompt(input: DraftPromptInput): string {
  const parts: string[] = [];
  const fieldLines = input.template.fields.flatMap((field) => {
    if (field.type === 'statutes' || field.key === input.template.attachmentsField) return [];
    const text = fieldText(field, input.values[field.key]);
    if (text === '') return [];
    return text.includes('\n')
      ? [`${field.label}:`, ...text.split('\n').map((line) => `- ${line}`)]
      : [`${field.label}: ${text}`];
  });
  parts.push(`[입력 항목]\n${fieldLines.join('\n')}`);
  if (input.statutes.length > 0) {
    parts.push(
      `[제공된 법령 조문]\n${input.statutes.map((statute) => `### 「${statute.name}」\n${statute.text}`).join('\n\n')}`,
    );
  } else if (input.template.verifyStatutes) {
    parts.push('[제공된 법령 조문]\n(없음: 법령을 인용하지 마세요.)');
  }
  for (const reference of input.references) {
    parts.push(`[참고 자료: ${reference.name}]\n${reference.text.slice(0, referenceCharacters)}`);
  }
  if (input.sources.length > 0) {
    parts.push(
      `[지식 자료]\n${input.sources
        .map(
          (source) =>
            `(${String(source.number)}) ${source.documentTitle}${source.sectionPath.length === 0 ? '' : ` · ${source.sectionPath.join(' › ')}`}\n${source.text}`,
        )
        .join('\n\n')}`,
    );
  }
  if (input.revision === undefined) {
    parts.push(`[뼈대]\n${input.skeleton.body}`);
    parts.push(
      '뼈대의 구성과 항목 부호를 따라 본문을 완성하세요. [대괄호]로 표시된 빈칸은 입력과 자료로 채우세요.',
    );
  } else {
    parts.push(`[현재 본문]\n${input.revision.document.body}`);
    parts.push(`[수정 요청]\n${input.revision.instruction}`);
    parts.push('수정 요청을 반영한 본문 전체를 출력하세요. 요청과 관계없는 내용과 구성은 유지하세요.');
  }
  return parts.join('\n\n');
}
