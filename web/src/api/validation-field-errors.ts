/**
 * The per-field messages of a 400 `validation_failed` answer, by field path below `prefix`: both the
 * request-schema shape (`details: [{ path: '/input/title', message }]`, from the contract's Korean
 * messages) and a service's own (`details.fields: [{ key, message }]`). With prefix `/input`, the first
 * shape gives `title`; nested paths keep their dots (`principles.0.title`). The first message per field wins.
 */
export function validationFieldErrors(details: unknown, prefix = ''): Record<string, string> {
  const messages: Record<string, string> = {};
  const entries = Array.isArray(details)
    ? (details as unknown[])
    : typeof details === 'object' && details !== null && 'fields' in details && Array.isArray(details.fields)
      ? (details.fields as unknown[])
      : [];
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null || !('message' in entry)) continue;
    const { message } = entry;
    const key = fieldKey(entry, prefix);
    if (key !== null && typeof message === 'string' && messages[key] === undefined) {
      messages[key] = message;
    }
  }
  return messages;
}

function fieldKey(entry: object, prefix: string): string | null {
  if ('key' in entry && typeof entry.key === 'string') return entry.key;
  if (!('path' in entry) || typeof entry.path !== 'string') return null;
  const path = entry.path;
  if (prefix !== '' && path !== prefix && !path.startsWith(`${prefix}/`)) return null;
  const rest = path.slice(prefix.length).replace(/^\//u, '');
  return rest === '' ? null : rest.split('/').join('.');
}
