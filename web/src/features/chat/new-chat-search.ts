/** /chat?assistant=<id>&starter=<n>: a new chat with a custom assistant, optionally asking its nth starter. */
export interface NewChatSearch {
  assistant?: string;
  starter?: number;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
/** An assistant has at most six starters. */
const maximumStarterIndex = 5;

/** Validates /chat's query string; anything unknown is dropped, not trusted. */
export function parseNewChatSearch(search: Record<string, unknown>): NewChatSearch {
  const assistant = typeof search.assistant === 'string' ? search.assistant.trim().toLowerCase() : '';
  if (!uuidPattern.test(assistant)) {
    return {};
  }
  // The router parses JSON-looking values, so `starter=1` arrives as a number; a hand-typed one may not.
  const starter = typeof search.starter === 'string' ? Number(search.starter) : search.starter;
  return typeof starter === 'number' &&
    Number.isInteger(starter) &&
    starter >= 0 &&
    starter <= maximumStarterIndex
    ? { assistant, starter }
    : { assistant };
}
