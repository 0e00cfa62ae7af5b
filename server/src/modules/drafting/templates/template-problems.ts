import type { DraftTemplate } from '@jumugwan/contracts';
import { contextPlaceholders, placeholdersIn } from './template-placeholders.js';

const knownContext = new Set<string>(contextPlaceholders);

/**
 * What the schema cannot see: placeholders naming no field, duplicate keys, a `select` without options.
 * Korean messages, shown to the admin editing the template.
 */
export function templateProblems(template: DraftTemplate): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const field of template.fields) {
    if (keys.has(field.key)) problems.push(`필드 키 "${field.key}"가 두 번 쓰였습니다.`);
    keys.add(field.key);
    if (field.type === 'select' && (field.options ?? []).length === 0) {
      problems.push(`선택 필드 "${field.label}"에 선택지(options)가 없습니다.`);
    }
  }
  const check = (where: string, text: string) => {
    for (const name of placeholdersIn(text)) {
      if (!keys.has(name) && !knownContext.has(name)) {
        problems.push(`${where}의 {{${name}}}에 해당하는 필드가 없습니다.`);
      }
    }
  };
  check('제목', template.title);
  for (const [slot, text] of Object.entries(template.slots)) check(`머리·끝 칸 ${slot}`, text);
  template.sections.forEach((section, index) => check(`${index + 1}번째 구성 요소`, section.skeleton));
  if (template.attachmentsField !== undefined && !keys.has(template.attachmentsField)) {
    problems.push(`붙임 필드 "${template.attachmentsField}"가 없습니다.`);
  }
  if (template.verifyStatutes && !template.fields.some((field) => field.type === 'statutes')) {
    problems.push('법령 인용을 확인하려면 법령 조문(statutes) 필드가 있어야 합니다.');
  }
  return problems;
}
