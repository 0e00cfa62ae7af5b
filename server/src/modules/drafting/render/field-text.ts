import type { FieldValue, TemplateField } from '@jumugwan/contracts';
import { officialDateOfInput } from './official-date.js';

/** A field's value as it reads in the document; list fields give one entry per line. */
export function fieldText(field: TemplateField, value: FieldValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') {
    return value.map((statute) => `「${statute.name}」`).join(', ');
  }
  const text = value.trim();
  if (field.type === 'date') return officialDateOfInput(text);
  if (field.type === 'money' && /^\d+$/.test(text)) return `${Number(text).toLocaleString('en-US')}원`;
  if (field.type === 'list') {
    return text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join('\n');
  }
  return text;
}

/** Entries of a list (or multi-line) value. */
export function fieldEntries(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}
