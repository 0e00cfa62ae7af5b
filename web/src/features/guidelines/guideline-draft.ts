import type { GuidelineContent, GuidelineContentInput } from '@jumugwan/contracts';

/** A principle being edited; `key` keeps its inputs (and focus) while the list is reordered. */
export interface PrincipleDraft {
  key: number;
  title: string;
  description: string;
}

export interface ChecklistItemDraft {
  key: number;
  text: string;
}

export interface GuidelineDraft {
  title: string;
  introduction: string;
  principles: PrincipleDraft[];
  checklist: ChecklistItemDraft[];
}

/** Limits of the contract (guidelineContentSchema), shown as maxLength on the inputs. */
export const guidelineLimits = {
  title: 120,
  introduction: 4_000,
  principleTitle: 60,
  principleDescription: 2_000,
  principles: 20,
  checklistText: 300,
  checklist: 30,
} as const;

let nextKey = 1;

/** A key no other item of this page has. */
export function newItemKey(): number {
  nextKey += 1;
  return nextKey;
}

export function draftFromContent(content: GuidelineContent): GuidelineDraft {
  return {
    title: content.title,
    introduction: content.introduction,
    principles: content.principles.map((principle) => ({ key: newItemKey(), ...principle })),
    checklist: content.checklist.map((item) => ({ key: newItemKey(), text: item.text })),
  };
}

/** The request's `content`, trimmed, without the editing keys. */
export function contentFromDraft(draft: GuidelineDraft): GuidelineContentInput {
  return {
    title: draft.title.trim(),
    introduction: draft.introduction.trim(),
    principles: draft.principles.map((principle) => ({
      title: principle.title.trim(),
      description: principle.description.trim(),
    })),
    checklist: draft.checklist.map((item) => ({ text: item.text.trim() })),
  };
}

/** `list` with the item at `index` moved by `offset` places; unchanged when that leaves the list. */
export function moveItem<Item>(list: readonly Item[], index: number, offset: number): Item[] {
  const target = index + offset;
  const item = list[index];
  if (item === undefined || target < 0 || target >= list.length) return [...list];
  const rest = list.filter((_, position) => position !== index);
  return [...rest.slice(0, target), item, ...rest.slice(target)];
}

export type GuidelineProblem = 'required' | 'noPrinciples' | 'noChecklist';

/**
 * What must be fixed before publishing, by the field path the server uses too (`title`,
 * `principles.0.description`, `checklist.2.text`, `principles` for an empty list).
 */
export function draftProblems(draft: GuidelineDraft): Record<string, GuidelineProblem> {
  const problems: Record<string, GuidelineProblem> = {};
  if (draft.title.trim() === '') problems.title = 'required';
  if (draft.principles.length === 0) problems.principles = 'noPrinciples';
  draft.principles.forEach((principle, index) => {
    if (principle.title.trim() === '') problems[`principles.${index}.title`] = 'required';
    if (principle.description.trim() === '') problems[`principles.${index}.description`] = 'required';
  });
  if (draft.checklist.length === 0) problems.checklist = 'noChecklist';
  draft.checklist.forEach((item, index) => {
    if (item.text.trim() === '') problems[`checklist.${index}.text`] = 'required';
  });
  return problems;
}
