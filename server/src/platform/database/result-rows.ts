/** The rows of a raw `execute`: node-postgres and PGlite both answer with `rows` (PostgreSQL's bigint as text). */
export function resultRows(result: unknown): Record<string, unknown>[] {
  const rows = typeof result === 'object' && result !== null && 'rows' in result ? result.rows : undefined;
  return Array.isArray(rows) ? (rows as Record<string, unknown>[]) : [];
}
