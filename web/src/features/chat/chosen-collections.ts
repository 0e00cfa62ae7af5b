import type { CollectionScope, KnowledgeCollection } from '@jumugwan/contracts';

/** The request schemas accept at most this many collections. */
export const maximumChosenCollections = 20;

/** The conversations whose choice is remembered; the oldest choices are forgotten beyond it. */
const maximumRememberedConversations = 50;

/** sessionStorage: the choice lasts as long as the tab, like the tab's conversation itself. */
const storageKey = 'jumugwan.chat.collections';

/** Stands for a new chat (no conversation yet); its choice moves to the conversation its first question creates. */
export const newChatCollectionsKey = 'new-chat';

/** Chosen collection ids by conversation, the most recently chosen last. */
export type ChosenCollections = Readonly<Record<string, readonly string[]>>;

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

function cleanIds(value: unknown): string[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const ids: string[] = [];
  for (const id of value) {
    if (typeof id === 'string' && id !== '' && !ids.includes(id)) {
      ids.push(id);
    }
  }
  return ids.slice(0, maximumChosenCollections);
}

/** Reads what was stored; anything malformed (an older format, hand edits) counts as no choice. */
export function parseChosenCollections(raw: string | null): ChosenCollections {
  if (raw === null) {
    return {};
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {};
  }
  const chosen: Record<string, string[]> = {};
  for (const [key, ids] of Object.entries(data)) {
    const cleaned = cleanIds(ids);
    if (cleaned.length > 0) {
      chosen[key] = cleaned;
    }
  }
  return chosen;
}

/** The choice for one conversation replaced (an empty one removed), kept within the remembered limit. */
export function withChosenCollections(
  chosen: ChosenCollections,
  key: string,
  ids: readonly string[],
): ChosenCollections {
  const entries = Object.entries(chosen).filter(([existing]) => existing !== key);
  const cleaned = cleanIds(ids);
  if (cleaned.length > 0) {
    entries.push([key, cleaned]);
  }
  return Object.fromEntries(entries.slice(-maximumRememberedConversations));
}

/** The choice of a new chat handed to the conversation its first question created. */
export function movedChosenCollections(
  chosen: ChosenCollections,
  from: string,
  to: string,
): ChosenCollections {
  const ids = chosen[from] ?? [];
  return withChosenCollections(withChosenCollections(chosen, from, []), to, ids);
}

function sessionStore(): StorageLike | null {
  try {
    return sessionStorage;
  } catch {
    return null; // storage blocked by policy: the choice lasts until the page changes
  }
}

export function readChosenCollections(key: string, storage = sessionStore()): string[] {
  try {
    return [...(parseChosenCollections(storage?.getItem(storageKey) ?? null)[key] ?? [])];
  } catch {
    return [];
  }
}

function update(storage: StorageLike | null, change: (chosen: ChosenCollections) => ChosenCollections): void {
  if (storage === null) {
    return;
  }
  try {
    storage.setItem(storageKey, JSON.stringify(change(parseChosenCollections(storage.getItem(storageKey)))));
  } catch {
    // Not remembering the choice is acceptable.
  }
}

export function writeChosenCollections(key: string, ids: readonly string[], storage = sessionStore()): void {
  update(storage, (chosen) => withChosenCollections(chosen, key, ids));
}

export function moveChosenCollections(from: string, to: string, storage = sessionStore()): void {
  update(storage, (chosen) => movedChosenCollections(chosen, from, to));
}

/**
 * The chosen collections the user can still read, in the order chosen. Until the list has loaded (or
 * when it failed to) the stored ids are kept as they are; the server checks them anyway.
 */
export function readableChosenIds(
  ids: readonly string[],
  collections: readonly KnowledgeCollection[] | undefined,
): string[] {
  if (collections === undefined) {
    return [...ids];
  }
  const readable = new Set(collections.map((collection) => collection.id));
  return ids.filter((id) => readable.has(id));
}

/** The order the picker lists the groups in: 공통, 부서, 개인. */
export const collectionScopeOrder = [
  'common',
  'department',
  'personal',
] as const satisfies readonly CollectionScope[];

/** The collections split by scope, each group in the server's order. */
export function groupCollectionsByScope(
  collections: readonly KnowledgeCollection[],
): Record<CollectionScope, KnowledgeCollection[]> {
  const groups: Record<CollectionScope, KnowledgeCollection[]> = { common: [], department: [], personal: [] };
  for (const collection of collections) {
    groups[collection.scope].push(collection);
  }
  return groups;
}

/** Checking or unchecking one collection; a new one is refused beyond the limit. */
export function toggledCollection(ids: readonly string[], id: string, checked: boolean): string[] {
  if (!checked) {
    return ids.filter((existing) => existing !== id);
  }
  if (ids.includes(id) || ids.length >= maximumChosenCollections) {
    return [...ids];
  }
  return [...ids, id];
}
