import { statutesFromJsonExample, type DraftTemplate, type FieldValue } from '@jumugwan/contracts';
import { AppError } from '../../platform/app-error.js';

interface FieldProblem {
  key: string;
  message: string;
}

/**
 * The form's values checked against the template: required fields, lengths, select options, types.
 * Keys the template does not know are dropped (the template may have changed since the form opened).
 */
export function validFieldValues(
  template: DraftTemplate,
  values: Readonly<Record<string, FieldValue>>,
): Record<string, FieldValue> {
  const problems: FieldProblem[] = [];
  const accepted: Record<string, FieldValue> = {};
  for (const field of template.fields) {
    const value = values[field.key];
    if (
      value === undefined ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0)
    ) {
      if (field.required) problems.push({ key: field.key, message: `${field.label}을(를) 입력하세요.` });
      continue;
    }
    if (field.type === 'statutes') {
      if (typeof value === 'string') {
        problems.push({ key: field.key, message: `${field.label}은(는) 법령명과 조문으로 입력하세요.` });
      } else {
        accepted[field.key] = value;
      }
      continue;
    }
    if (typeof value !== 'string') {
      problems.push({ key: field.key, message: `${field.label}은(는) 글로 입력하세요.` });
      continue;
    }
    if (field.maxLength !== undefined && value.length > field.maxLength) {
      problems.push({
        key: field.key,
        message: `${field.label}은(는) ${String(field.maxLength)}자까지 쓸 수 있습니다.`,
      });
      continue;
    }
    if (field.type === 'select' && !(field.options ?? []).includes(value)) {
      problems.push({ key: field.key, message: `${field.label}은(는) 주어진 선택지 중에서 고르세요.` });
      continue;
    }
    if ((field.type === 'number' || field.type === 'money') && !/^-?[\d,]+(\.\d+)?$/.test(value.trim())) {
      problems.push({ key: field.key, message: `${field.label}은(는) 숫자로 입력하세요.` });
      continue;
    }
    accepted[field.key] = field.type === 'money' ? value.replaceAll(',', '').trim() : value;
  }
  if (problems.length > 0) {
    throw new AppError('validation_failed', 400, problems.map((problem) => problem.message).join(' '), {
      fields: problems,
    });
  }
  return accepted;
}

/** The template's examples as values, for "예시로 채우기" and the admin preview; statutes examples are JSON. */
export function exampleValues(template: DraftTemplate): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const field of template.fields) {
    if (field.example === '') continue;
    if (field.type === 'statutes') {
      const statutes = statutesFromJsonExample(field.example);
      if (statutes !== null) values[field.key] = statutes;
    } else {
      values[field.key] = field.example;
    }
  }
  return values;
}
