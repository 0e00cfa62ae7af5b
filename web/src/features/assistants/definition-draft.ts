import type { AssistantCategory, AssistantDefinition, ExpectedFileFormat } from '@jumugwan/contracts';

/** A conversation starter being edited; the key keeps inputs steady while items are added and removed. */
export interface StarterDraft {
  key: string;
  text: string;
}

export interface ExpectedFileDraft {
  key: string;
  label: string;
  description: string;
  formats: ExpectedFileFormat[];
  required: boolean;
}

/** The editor's form: an assistant definition whose list items carry keys. */
export interface DefinitionDraft {
  name: string;
  icon: string;
  description: string;
  category: AssistantCategory;
  instructions: string;
  defaultModel: string | null;
  collectionIds: string[];
  draftingTemplateId: string | null;
  starters: StarterDraft[];
  expectedFiles: ExpectedFileDraft[];
}

export const defaultAssistantIcon = '🤖';

/** The starting point of a new assistant. */
export function emptyDefinitionDraft(): DefinitionDraft {
  return {
    name: '',
    icon: defaultAssistantIcon,
    description: '',
    category: 'other',
    instructions: '',
    defaultModel: null,
    collectionIds: [],
    draftingTemplateId: null,
    starters: [],
    expectedFiles: [],
  };
}

export function definitionToDraft(definition: AssistantDefinition, newKey: () => string): DefinitionDraft {
  return {
    name: definition.name,
    icon: definition.icon,
    description: definition.description,
    category: definition.category,
    instructions: definition.instructions,
    defaultModel: definition.defaultModel,
    collectionIds: [...definition.collectionIds],
    draftingTemplateId: definition.draftingTemplateId,
    starters: definition.starters.map((text) => ({ key: newKey(), text })),
    expectedFiles: definition.expectedFiles.map((file) => ({
      key: newKey(),
      label: file.label,
      description: file.description,
      formats: [...file.formats],
      required: file.required,
    })),
  };
}

/** The definition as the server takes it (texts trimmed, as the server would). */
export function draftToDefinition(draft: DefinitionDraft): AssistantDefinition {
  return {
    name: draft.name.trim(),
    icon: draft.icon.trim(),
    description: draft.description.trim(),
    category: draft.category,
    instructions: draft.instructions.trim(),
    defaultModel: draft.defaultModel,
    collectionIds: [...draft.collectionIds],
    draftingTemplateId: draft.draftingTemplateId,
    starters: draft.starters.map((starter) => starter.text.trim()),
    expectedFiles: draft.expectedFiles.map((file) => ({
      label: file.label.trim(),
      description: file.description.trim(),
      formats: [...file.formats],
      required: file.required,
    })),
  };
}

/** Whether the draft would save the same definition (nothing to save, nothing to lose on leaving). */
export function sameDefinition(left: DefinitionDraft, right: DefinitionDraft): boolean {
  return JSON.stringify(draftToDefinition(left)) === JSON.stringify(draftToDefinition(right));
}

/** An item moved one place up (-1) or down (+1); out-of-range moves change nothing. */
export function movedItem<Item>(items: readonly Item[], index: number, step: -1 | 1): Item[] {
  const target = index + step;
  const moved = [...items];
  const item = moved[index];
  const other = moved[target];
  if (item === undefined || other === undefined) {
    return moved;
  }
  moved[index] = other;
  moved[target] = item;
  return moved;
}

/** A format checked or unchecked, kept in the order the formats are offered. */
export function toggledFormat(
  formats: readonly ExpectedFileFormat[],
  format: ExpectedFileFormat,
  checked: boolean,
  order: readonly ExpectedFileFormat[],
): ExpectedFileFormat[] {
  const chosen = new Set(formats);
  if (checked) {
    chosen.add(format);
  } else {
    chosen.delete(format);
  }
  return order.filter((candidate) => chosen.has(candidate));
}
