import type { ModelCapability, ModelSettingsInput } from '@jumugwan/contracts';

/** What the fallback editor needs to know about the other models. */
export interface ModelSummary {
  id: string;
  capability: ModelCapability;
}

/** Models that can be added as fallbacks: same capability, not the model itself, not chosen yet. */
export function fallbackCandidates(
  models: readonly ModelSummary[],
  settings: ModelSettingsInput,
  modelId: string,
): string[] {
  const chosen = new Set(settings.fallbacks);
  const candidates = models
    .filter(
      (model) => model.capability === settings.capability && model.id !== modelId && !chosen.has(model.id),
    )
    .map((model) => model.id);
  return [...new Set(candidates)];
}

/**
 * Changes what the model is for. A fallback has to answer the same kind of request, so fallbacks known
 * to have another capability are dropped; ids the list does not know are kept for the server to judge.
 */
export function withCapability(
  settings: ModelSettingsInput,
  capability: ModelCapability,
  models: readonly ModelSummary[],
): ModelSettingsInput {
  const capabilityById = new Map(models.map((model) => [model.id, model.capability]));
  return {
    capability,
    fallbacks: settings.fallbacks.filter((id) => {
      const known = capabilityById.get(id);
      return known === undefined || known === capability;
    }),
  };
}

export function sameSettings(left: ModelSettingsInput, right: ModelSettingsInput): boolean {
  return (
    left.capability === right.capability &&
    left.fallbacks.length === right.fallbacks.length &&
    left.fallbacks.every((id, index) => right.fallbacks[index] === id)
  );
}
