import type { AssistantCategory, AssistantDefinition, ExpectedFileFormat } from '@jumugwan/contracts';

/** The definition's fields in the order the editor shows them. */
export const definitionFields = [
  'name',
  'icon',
  'description',
  'category',
  'instructions',
  'defaultModel',
  'collectionIds',
  'draftingTemplateId',
  'starters',
  'expectedFiles',
] as const satisfies readonly (keyof AssistantDefinition)[];
export type DefinitionField = (typeof definitionFields)[number];

export function isDefinitionField(value: string): value is DefinitionField {
  return definitionFields.some((field) => field === value);
}

/** The fields whose values differ between two versions, in the editor's order. */
export function changedDefinitionFields(
  before: AssistantDefinition,
  after: AssistantDefinition,
): DefinitionField[] {
  return definitionFields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/** How the before/after view names things the definition holds only by id. */
export interface FieldValueNames {
  category: (category: AssistantCategory) => string;
  collection: (id: string) => string;
  template: (id: string) => string;
  format: (format: ExpectedFileFormat) => string;
  /** "(없음)" for an empty value. */
  none: string;
  /** "사용자가 고른 모델" for no default model. */
  userModel: string;
  /** "필수" after a required file. */
  required: string;
}

/** A field's value as lines of plain text, for the before/after view of a version. */
export function fieldValueLines(
  definition: AssistantDefinition,
  field: DefinitionField,
  names: FieldValueNames,
): string[] {
  const orNone = (lines: string[]) => (lines.length === 0 ? [names.none] : lines);
  switch (field) {
    case 'name':
    case 'icon':
    case 'description':
    case 'instructions':
      return definition[field] === '' ? [names.none] : definition[field].split('\n');
    case 'category':
      return [names.category(definition.category)];
    case 'defaultModel':
      return [definition.defaultModel ?? names.userModel];
    case 'collectionIds':
      return orNone(definition.collectionIds.map(names.collection));
    case 'draftingTemplateId':
      return [
        definition.draftingTemplateId === null ? names.none : names.template(definition.draftingTemplateId),
      ];
    case 'starters':
      return orNone(definition.starters.map((starter) => `• ${starter}`));
    case 'expectedFiles':
      return orNone(
        definition.expectedFiles.map((file) => {
          const formats = file.formats.map(names.format).join(', ');
          const parts = [
            `${file.label} (${formats})`,
            file.required ? names.required : null,
            file.description,
          ];
          return `• ${parts.filter((part) => part !== null && part !== '').join(' · ')}`;
        }),
      );
  }
}
