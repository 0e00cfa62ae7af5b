import type { ChatModel, ModelCapability } from '@jumugwan/contracts';

/** The models of one capability, in the server's order. */
export function modelsWithCapability(models: readonly ChatModel[], capability: ModelCapability): ChatModel[] {
  return models.filter((model) => model.capability === capability);
}
