import { readSelectedModel } from '../chat/selected-model-storage';

const storageKey = 'jumugwan.drafting.model';

/** The model last used for drafting, else the chat's remembered one. */
export function readDraftingModel(): string | null {
  try {
    return localStorage.getItem(storageKey) ?? readSelectedModel();
  } catch {
    return readSelectedModel();
  }
}

export function writeDraftingModel(modelId: string): void {
  try {
    localStorage.setItem(storageKey, modelId);
  } catch {
    // Not remembering the choice is acceptable.
  }
}
