const storageKey = 'jumugwan.chat.model';

export function readSelectedModel(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null; // storage blocked by policy: fall back to the default model
  }
}

export function writeSelectedModel(modelId: string): void {
  try {
    localStorage.setItem(storageKey, modelId);
  } catch {
    // Not remembering the choice is acceptable.
  }
}
