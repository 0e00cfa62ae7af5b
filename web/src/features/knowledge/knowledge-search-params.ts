/** The tabs of a collection page; 검색 시험 and 설정·공유 are only offered to those who may manage it. */
export const collectionTabs = ['documents', 'console', 'settings'] as const;
export type CollectionTab = (typeof collectionTabs)[number];

export interface CollectionSearch {
  tab?: CollectionTab;
}

export interface PassageSearch {
  /** The span of the passage an answer quoted, to highlight. */
  quote?: string;
}

const maximumQuoteLength = 2_000;

/** Validates /knowledge/$collectionId's query string; an unknown tab is dropped, not trusted. */
export function parseCollectionSearch(search: Record<string, unknown>): CollectionSearch {
  const tab = collectionTabs.find((candidate) => candidate === search.tab);
  return tab === undefined ? {} : { tab };
}

/** Validates /knowledge/passages/$chunkId's query string. The router parses JSON-looking values, so a
 * numeric quote arrives as a number. */
export function parsePassageSearch(search: Record<string, unknown>): PassageSearch {
  const raw = search.quote;
  const quote = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  return quote === '' ? {} : { quote: quote.slice(0, maximumQuoteLength) };
}

/** The chunk id of a passage URL, or null when it is not a positive whole number. */
export function parseChunkId(value: string): number | null {
  if (!/^\d{1,15}$/u.test(value)) {
    return null;
  }
  const id = Number(value);
  return Number.isSafeInteger(id) && id >= 1 ? id : null;
}
