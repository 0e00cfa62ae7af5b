import type { ChatModel } from '@jumugwan/contracts';

export interface ModelGroups {
  internal: ChatModel[];
  external: ChatModel[];
}

/**
 * Splits the picker into on-prem and external models. The server's order is kept; a model id offered by
 * two endpoints appears once (the first), because the chat request names the model by id only.
 */
export function groupModelsByLocation(models: readonly ChatModel[]): ModelGroups {
  const groups: ModelGroups = { internal: [], external: [] };
  const seen = new Set<string>();
  for (const model of models) {
    if (seen.has(model.id)) {
      continue;
    }
    seen.add(model.id);
    groups[model.location].push(model);
  }
  return groups;
}
