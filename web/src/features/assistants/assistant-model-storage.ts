/** localStorage: the model each assistant was last used with, by assistant id (the most recent last). */
const storageKey = 'jumugwan.chat.assistantModels';
const maximumRemembered = 50;

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export type AssistantModelChoices = Readonly<Record<string, string>>;

/** Reads what was stored; anything malformed counts as no choice. */
export function parseAssistantModelChoices(raw: string | null): AssistantModelChoices {
  if (raw === null) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  return Object.fromEntries(
    Object.entries(data).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
}

/** The choice for one assistant replaced and moved last, within the remembered limit. */
export function withAssistantModelChoice(
  choices: AssistantModelChoices,
  assistantId: string,
  modelId: string,
): AssistantModelChoices {
  const entries = Object.entries(choices).filter(([id]) => id !== assistantId);
  entries.push([assistantId, modelId]);
  return Object.fromEntries(entries.slice(-maximumRemembered));
}

/**
 * The model to preselect for a conversation with an assistant: the user's own choice for this assistant,
 * else the assistant's default, else the user's general choice.
 */
export function preferredAssistantModel(
  ownChoice: string | null,
  assistantDefault: string | null,
  generalChoice: string | null,
): string | null {
  return ownChoice ?? assistantDefault ?? generalChoice;
}

function localStore(): StorageLike | null {
  try {
    return localStorage;
  } catch {
    return null; // storage blocked by policy: the assistant's default applies every time
  }
}

export function readAssistantModelChoice(assistantId: string, storage = localStore()): string | null {
  try {
    return parseAssistantModelChoices(storage?.getItem(storageKey) ?? null)[assistantId] ?? null;
  } catch {
    return null;
  }
}

export function writeAssistantModelChoice(
  assistantId: string,
  modelId: string,
  storage = localStore(),
): void {
  if (storage === null) return;
  try {
    const choices = parseAssistantModelChoices(storage.getItem(storageKey));
    storage.setItem(storageKey, JSON.stringify(withAssistantModelChoice(choices, assistantId, modelId)));
  } catch {
    // Not remembering the choice is acceptable.
  }
}
