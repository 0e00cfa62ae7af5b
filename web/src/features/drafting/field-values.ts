import {
  statutesFromJsonExample,
  type FieldValue,
  type ProvidedStatute,
  type TemplateField,
} from '@jumugwan/contracts';

/** A statute pair as typed; either half may still be empty while the user fills it in. */
export interface StatuteEntry {
  name: string;
  text: string;
}

export type FormValue = string | StatuteEntry[];
export type FormValues = Record<string, FormValue>;

/** What is wrong with one field's value; the form turns it into a Korean message. */
export type FieldProblem =
  | { code: 'required' }
  | { code: 'tooLong'; max: number }
  | { code: 'number' }
  | { code: 'money' }
  | { code: 'date' }
  | { code: 'time' }
  | { code: 'option' }
  | { code: 'statuteIncomplete'; entry: number }
  | { code: 'tooManyStatutes'; max: number };

/** The contract's limits on a value (fieldValueSchema). */
const maximumValueLength = 20_000;
export const maximumStatutes = 20;

const weekdays = ['일', '월', '화', '수', '목', '금', '토'] as const;
const koreanDatePattern = /^(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?\s*(\([월화수목금토일]\))?$/u;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/u;
const timePattern = /^([01]?\d|2[0-3]):[0-5]\d(\s*~\s*([01]?\d|2[0-3]):[0-5]\d)?$/u;

function isStatutes(field: TemplateField): boolean {
  return field.type === 'statutes';
}

export function emptyStatute(): StatuteEntry {
  return { name: '', text: '' };
}

/** Each field's starting value: what the draft was made with, else empty (one blank statute pair). */
export function initialFormValues(
  fields: readonly TemplateField[],
  saved: Readonly<Record<string, FieldValue>> = {},
): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const existing = saved[field.key];
    if (isStatutes(field)) {
      values[field.key] =
        Array.isArray(existing) && existing.length > 0
          ? existing.map((entry) => ({ ...entry }))
          : [emptyStatute()];
    } else {
      values[field.key] = typeof existing === 'string' ? existing : '';
    }
  }
  return values;
}

function isBlank(value: FormValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return value.every((entry) => entry.name.trim() === '' && entry.text.trim() === '');
}

/**
 * A statute example is JSON (`[{"name": …, "text": …}]`, as the server reads it); plain text is taken as
 * blocks separated by a blank line, the name on a block's first line.
 */
export function statutesFromExample(example: string): StatuteEntry[] {
  const fromJson = statutesFromJsonExample(example);
  if (fromJson !== null) return fromJson;
  return example
    .split(/\n\s*\n/u)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => {
      const newline = block.indexOf('\n');
      return newline === -1
        ? { name: '', text: block }
        : {
            name: block
              .slice(0, newline)
              .trim()
              .replace(/^「|」$/gu, ''),
            text: block.slice(newline + 1).trim(),
          };
    });
}

/** 예시로 채우기: every empty field that has an example gets it; what the user typed stays. */
export function fillWithExamples(fields: readonly TemplateField[], values: FormValues): FormValues {
  const filled: FormValues = { ...values };
  for (const field of fields) {
    if (field.example.trim() === '' || !isBlank(values[field.key])) continue;
    if (isStatutes(field)) {
      const entries = statutesFromExample(field.example);
      if (entries.length > 0) filled[field.key] = entries;
    } else if (field.type !== 'select' || (field.options ?? []).includes(field.example)) {
      filled[field.key] = field.example;
    }
  }
  return filled;
}

/** Digits of a money amount as typed: "1,200,000원" and "1 200 000" give "1200000"; null when it is not one. */
export function moneyDigits(value: string): string | null {
  const compact = value.replace(/[\s,]/gu, '').replace(/원$/u, '');
  return /^\d+$/u.test(compact) ? compact : null;
}

/** "2026-10-14" as public documents write it: "2026. 10. 14.(수)". */
export function koreanDate(isoDate: string): string | null {
  const match = isoDatePattern.exec(isoDate);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}. ${month}. ${day}.(${weekdays[date.getUTCDay()] ?? ''})`;
}

/** The ISO form of a typed date ("2026. 10. 14.(수)" → "2026-10-14"), for the calendar input; null if none. */
export function isoDate(value: string): string | null {
  const trimmed = value.trim();
  const iso = isoDatePattern.exec(trimmed);
  const korean = koreanDatePattern.exec(trimmed);
  const parts = iso ?? korean;
  if (parts === null) return null;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first problem with one field's value, or null. */
export function fieldProblem(field: TemplateField, value: FormValue | undefined): FieldProblem | null {
  if (isStatutes(field)) {
    const entries = Array.isArray(value) ? value : [];
    const filled = entries.filter((entry) => entry.name.trim() !== '' || entry.text.trim() !== '');
    const incomplete = entries.findIndex(
      (entry) => (entry.name.trim() === '') !== (entry.text.trim() === ''),
    );
    if (incomplete !== -1) return { code: 'statuteIncomplete', entry: incomplete + 1 };
    if (filled.length === 0) return field.required ? { code: 'required' } : null;
    if (filled.length > maximumStatutes) return { code: 'tooManyStatutes', max: maximumStatutes };
    return null;
  }
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return field.required ? { code: 'required' } : null;
  const max = Math.min(field.maxLength ?? maximumValueLength, maximumValueLength);
  if (text.length > max) return { code: 'tooLong', max };
  switch (field.type) {
    case 'number':
      return /^-?\d+(\.\d+)?$/u.test(text.replace(/,/gu, '')) ? null : { code: 'number' };
    case 'money':
      return moneyDigits(text) === null ? { code: 'money' } : null;
    case 'date':
      return isoDate(text) === null ? { code: 'date' } : null;
    case 'time':
      return timePattern.test(text) ? null : { code: 'time' };
    case 'select':
      return (field.options ?? []).includes(text) ? null : { code: 'option' };
    default:
      return null;
  }
}

/** Problems by field key; empty when the form may be sent. */
export function formProblems(
  fields: readonly TemplateField[],
  values: FormValues,
): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const field of fields) {
    const problem = fieldProblem(field, values[field.key]);
    if (problem !== null) problems[field.key] = problem;
  }
  return problems;
}

function listText(value: string): string {
  return value
    .split(/\r\n|\n|\r/u)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/**
 * The values as the request sends them: trimmed, blank list lines and empty statute pairs dropped,
 * money and numbers without thousands separators (the server writes them out). Empty fields are left out.
 */
export function requestValues(
  fields: readonly TemplateField[],
  values: FormValues,
): Record<string, FieldValue> {
  const result: Record<string, FieldValue> = {};
  for (const field of fields) {
    const value = values[field.key];
    if (isStatutes(field)) {
      const statutes: ProvidedStatute[] = (Array.isArray(value) ? value : [])
        .map((entry) => ({ name: entry.name.trim().replace(/^「|」$/gu, ''), text: entry.text.trim() }))
        .filter((entry) => entry.name !== '' && entry.text !== '');
      if (statutes.length > 0) result[field.key] = statutes;
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '') continue;
    switch (field.type) {
      case 'list':
        result[field.key] = listText(text);
        break;
      case 'money':
        result[field.key] = moneyDigits(text) ?? text;
        break;
      case 'number':
        result[field.key] = text.replace(/,/gu, '');
        break;
      default:
        result[field.key] = text;
    }
  }
  return result;
}
