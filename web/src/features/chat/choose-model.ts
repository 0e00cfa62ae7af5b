import type { ChatModel } from '@jumugwan/contracts';
import { groupModelsByLocation } from './group-models-by-location';

/** `internal`: the conversation carries internal material, so only on-prem models may answer it. */
export type ConversationSensitivity = 'normal' | 'internal';

/**
 * The model to preselect: the user's remembered choice while it is still offered (and allowed),
 * otherwise the first on-prem model (safer for government data), otherwise the first external one.
 * An internal conversation never gets an external model: with no on-prem model there is no choice (null).
 */
export function chooseModel(
  models: readonly ChatModel[],
  preferredId: string | null,
  sensitivity: ConversationSensitivity = 'normal',
): ChatModel | null {
  const groups = groupModelsByLocation(models);
  const allowed = sensitivity === 'internal' ? groups.internal : [...groups.internal, ...groups.external];
  const preferred = allowed.find((model) => model.id === preferredId);
  if (preferred !== undefined) {
    return preferred;
  }
  return allowed[0] ?? null;
}
