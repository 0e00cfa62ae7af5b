/** /assistants/$assistantId/versions?version=N: the version shown (the latest when absent). */
export interface VersionsSearch {
  version?: number;
}

/** Validates the query string; the router parses `version=2` as a number, a hand-typed one may be text. */
export function parseVersionsSearch(search: Record<string, unknown>): VersionsSearch {
  const raw = typeof search.version === 'string' ? Number(search.version) : search.version;
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 ? { version: raw } : {};
}
