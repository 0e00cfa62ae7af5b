import type { ChatModel, ModelLocation } from '@jumugwan/contracts';

/**
 * Where the text will probably be sent, to warn before it leaves the internal network: the chosen
 * model's location; for 자동, the first translation model (DeepL is preferred), else an on-prem chat model.
 */
export function translationModelLocation(
  selectedModelId: string,
  translationModels: readonly ChatModel[],
  chatModels: readonly ChatModel[],
): ModelLocation {
  if (selectedModelId === '') {
    return translationModels[0]?.location ?? 'internal';
  }
  const selected = [...translationModels, ...chatModels].find((model) => model.id === selectedModelId);
  return selected?.location ?? 'internal';
}
