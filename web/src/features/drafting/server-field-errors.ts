/**
 * The per-field messages of a 400 validation answer (`details.fields: [{ key, message }]`), by field key;
 * empty when the details say nothing usable.
 */
export function serverFieldErrors(details: unknown): Record<string, string> {
  if (
    typeof details !== 'object' ||
    details === null ||
    !('fields' in details) ||
    !Array.isArray(details.fields)
  ) {
    return {};
  }
  const messages: Record<string, string> = {};
  for (const entry of details.fields as unknown[]) {
    if (typeof entry !== 'object' || entry === null || !('key' in entry) || !('message' in entry)) continue;
    const { key, message } = entry;
    if (typeof key === 'string' && typeof message === 'string' && messages[key] === undefined) {
      messages[key] = message;
    }
  }
  return messages;
}
