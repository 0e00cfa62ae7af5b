import type { DraftDocument, DraftTemplate, FieldValue, TemplateSlotName } from '@jumugwan/contracts';
import { ensureEndMark } from '../lint/index.js';
import { placeholderPattern } from '../templates/template-placeholders.js';
import type { DraftingContext } from './drafting-context.js';
import { fieldEntries, fieldText } from './field-text.js';
import { isSequenceMarker, leadingMarkerPattern, nthMarker, withoutLeadingMarker } from './item-markers.js';
import { officialDate } from './official-date.js';
import { attachmentLines } from './attachment-lines.js';

type Resolve = (name: string) => string | null;

/**
 * The document the form gives without any model: the template's structure (두문/결문 slots, numbered
 * sections, 붙임, 끝.) with the user's values in place and `[label]` where a value is missing, so the
 * user writes into a correct skeleton.
 */
export function renderSkeleton(
  template: DraftTemplate,
  values: Readonly<Record<string, FieldValue>>,
  context: DraftingContext,
): DraftDocument {
  const resolve = resolverOf(template, values, context);
  const slots: Partial<Record<TemplateSlotName, string>> = {};
  for (const [slot, text] of Object.entries(template.slots) as [TemplateSlotName, string][]) {
    slots[slot] = fillInline(text, resolve, '\n', false).trim();
  }
  const lines: string[] = [];
  let itemNumber = 0;
  for (const section of template.sections) {
    const sectionLines = section.skeleton === '' ? [] : expandSkeleton(section.skeleton, template, resolve);
    if (section.marker === 'item') {
      itemNumber += 1;
      if (section.heading !== '') {
        lines.push(`${itemNumber}. ${section.heading}`);
      } else {
        const first = sectionLines.shift()?.trim() ?? '';
        lines.push(`${itemNumber}. ${first}`);
      }
    } else if (section.marker === 'title' && section.heading !== '') {
      lines.push(section.heading);
    }
    lines.push(...sectionLines);
  }
  const attachmentsField = template.fields.find((field) => field.key === template.attachmentsField);
  const attachments =
    attachmentsField === undefined
      ? []
      : fieldEntries(fieldText(attachmentsField, values[attachmentsField.key]));
  const body = [...trimTrailingBlank(lines), ...attachmentLines(attachments)].join('\n');
  return {
    title: fillInline(template.title, resolve, ' ', false).trim(),
    slots,
    body: template.endMark ? ensureEndMark(body) : body,
  };
}

function resolverOf(
  template: DraftTemplate,
  values: Readonly<Record<string, FieldValue>>,
  context: DraftingContext,
): Resolve {
  const contextValues: Record<string, string> = {
    'institution.name': context.institutionName,
    'user.name': context.userName,
    'user.rank': context.userRank ?? '',
    'user.department': context.departmentName ?? '',
    'user.email': context.userEmail ?? '',
    today: officialDate(context.today),
  };
  const fields = new Map(template.fields.map((field) => [field.key, field]));
  return (name) => {
    const field = fields.get(name);
    if (field !== undefined) {
      const text = fieldText(field, values[name]);
      return text === '' ? null : text;
    }
    return contextValues[name] ?? null;
  };
}

/** Replaces placeholders inside a line; list values are joined; a missing value becomes `[label]` or nothing. */
function fillInline(
  text: string,
  resolve: Resolve,
  joiner: string,
  markMissing: boolean,
  labels?: Resolve,
): string {
  return text.replace(placeholderPattern, (_match, name: string) => {
    const value = resolve(name);
    if (value !== null) return fieldEntries(value).join(joiner);
    return markMissing ? `[${labels?.(name) ?? name}]` : '';
  });
}

/**
 * Skeleton lines with placeholders filled. A line that is only a marker and one placeholder repeats
 * per entry of a list value, the marker counting on (가. 나. 다.); a single entry of a counted
 * sequence drops the marker (a level with one item has none).
 */
function expandSkeleton(skeleton: string, template: DraftTemplate, resolve: Resolve): string[] {
  const labels: Resolve = (name) => template.fields.find((field) => field.key === name)?.label ?? null;
  const output: string[] = [];
  for (const line of skeleton.split('\n')) {
    const indentation = /^ */.exec(line)?.[0] ?? '';
    const content = line.slice(indentation.length);
    const markerMatch = leadingMarkerPattern.exec(content);
    const marker = markerMatch?.[1] ?? null;
    const rest = markerMatch === null ? content : content.slice(markerMatch[0].length);
    const only = /^\{\{\s*([a-zA-Z][a-zA-Z0-9.]*)\s*\}\}$/.exec(rest.trim());
    if (only === null) {
      output.push(indentation + fillInline(content, resolve, ', ', true, labels));
      continue;
    }
    const name = only[1] ?? '';
    const value = resolve(name);
    const entries =
      value === null ? [`[${labels(name) ?? name}]`] : fieldEntries(value).map((entry) => entry.trim());
    if (marker === null) {
      for (const entry of entries) output.push(indentation + entry);
    } else if (entries.length === 1 && isSequenceMarker(marker) && value !== null) {
      output.push(indentation + withoutLeadingMarker(entries[0] ?? ''));
    } else {
      entries.forEach((entry, index) => {
        output.push(`${indentation}${nthMarker(marker, index)} ${withoutLeadingMarker(entry)}`);
      });
    }
  }
  return output;
}

function trimTrailingBlank(lines: string[]): string[] {
  const result = [...lines];
  while (result.length > 0 && (result[result.length - 1] ?? '').trim() === '') result.pop();
  return result;
}
