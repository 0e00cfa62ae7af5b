import {
  assistantCategorySchema,
  assistantDefinitionSchema,
  type AssistantDefinition,
  type AssistantExample,
  type AssistantPerson,
  type AssistantRole,
  type AssistantSummary,
  type AssistantVersion,
  type AssistantVersionSummary,
} from '@jumugwan/contracts';
import type { AssistantVersionRow, MemberRow } from './assistant-repository.js';
import type { GalleryRow } from './assistant-gallery-repository.js';
import type { ExampleRow } from './assistant-engagement-repository.js';
import { changedFields } from './changed-fields.js';

/** A category written by an older version of the platform shows as "other" rather than failing the page. */
const storedCategory = assistantCategorySchema.catch('other');

export function presentSummary(row: GalleryRow, role: AssistantRole): AssistantSummary {
  const { assistant } = row;
  return {
    id: assistant.id,
    builtIn: assistant.builtInKey !== null,
    name: assistant.name,
    icon: assistant.icon,
    description: row.description,
    category: storedCategory.parse(assistant.category),
    owner:
      assistant.ownerUserId === null
        ? null
        : { id: assistant.ownerUserId, name: row.ownerName ?? '', departmentName: row.ownerDepartmentName },
    departmentId: assistant.departmentId,
    departmentName: row.departmentName,
    visibility: assistant.visibility,
    uses: assistant.useCount,
    saves: row.saves,
    ratingAverage: row.ratingAverage === null ? null : Math.round(row.ratingAverage * 10) / 10,
    ratingCount: row.ratingCount,
    savedByMe: row.savedByMe,
    myRole: role,
    onPremOnly: row.onPremOnly,
    version: assistant.currentVersion,
    updatedAt: assistant.updatedAt.toISOString(),
  };
}

export function presentPerson(member: MemberRow): AssistantPerson {
  return { id: member.userId, name: member.name, departmentName: member.departmentName };
}

/** A stored definition, parsed again so a version written before a field existed gets its default. */
export function storedDefinition(definition: AssistantDefinition): AssistantDefinition {
  return assistantDefinitionSchema.parse(definition);
}

/** The definition as a viewer sees it: collections they may not read are left out (only counted). */
export function visibleDefinition(
  definition: AssistantDefinition,
  readable: ReadonlySet<string>,
): AssistantDefinition {
  const parsed = storedDefinition(definition);
  return { ...parsed, collectionIds: parsed.collectionIds.filter((id) => readable.has(id)) };
}

/** Versions newest first, each with the keys it changed from the one before. */
export function presentVersionSummaries(rows: readonly AssistantVersionRow[]): AssistantVersionSummary[] {
  return rows.map((row, index) => presentVersionSummary(row, rows[index - 1] ?? null)).reverse();
}

export function presentVersionSummary(
  row: AssistantVersionRow,
  previous: AssistantVersionRow | null,
): AssistantVersionSummary {
  return {
    number: row.number,
    kind: row.kind,
    restoredFrom: row.restoredFrom,
    note: row.note,
    editorName: row.editorName,
    changedFields: changedFields(previous?.definition ?? null, row.definition),
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentVersion(
  row: AssistantVersionRow,
  previous: AssistantVersionRow | null,
  readable: ReadonlySet<string>,
): AssistantVersion {
  return { ...presentVersionSummary(row, previous), definition: visibleDefinition(row.definition, readable) };
}

export function presentExample(row: ExampleRow): AssistantExample {
  return { id: row.id, title: row.title, messages: row.messages, createdAt: row.createdAt.toISOString() };
}
