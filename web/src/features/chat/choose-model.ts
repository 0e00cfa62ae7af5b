import type { ChatModel } from '@jumugwan/contracts';
import { groupModelsByLocation } from './group-models-by-location';

/**
 * The model to preselect: the user's remembered choice while it is still offered, otherwise the first
 * on-prem model (safer for government data), otherwise the first external one.
 */
export function chooseModel(models: readonly ChatModel[], preferredId: string | null): ChatModel | null {
  const preferred = models.find((model) => model.id === preferredId);
  if (preferred !== undefined) {
    return preferred;
  }
  const groups = groupModelsByLocation(models);
  return groups.internal[0] ?? groups.external[0] ?? null;
}
