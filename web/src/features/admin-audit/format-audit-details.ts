/** `reason: wrong_password · modelIds: a, b · counts: rrn 2` — the details of a row on one line. */
export function formatAuditDetails(details: Readonly<Record<string, unknown>>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${formatValue(value)}`)
    .join(' · ');
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) {
    return '—';
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? '—' : value.map((entry) => formatValue(entry)).join(', ');
  }
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([key, entry]) => `${key} ${formatValue(entry)}`)
      .join(', ');
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return '';
}
