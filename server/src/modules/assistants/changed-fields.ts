import { isDeepStrictEqual } from 'node:util';
import { assistantDefinitionSchema, type AssistantDefinition } from '@jumugwan/contracts';

/** The definition's keys in the order the form shows them (jsonb keeps its own order). */
const definitionKeys = Object.keys(assistantDefinitionSchema.shape) as (keyof AssistantDefinition)[];

/** Keys of the definition whose values differ (list order counts: starters are shown in order). */
export function changedFields(previous: AssistantDefinition | null, next: AssistantDefinition): string[] {
  if (previous === null) return [];
  return definitionKeys.filter((key) => !isDeepStrictEqual(previous[key], next[key]));
}
