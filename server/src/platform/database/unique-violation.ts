/** PostgreSQL's unique_violation, from either driver; Drizzle wraps the driver's error in `cause`. */
export function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 4; depth += 1) {
    if ('code' in current && current.code === '23505') return true;
    current = current.cause;
  }
  return false;
}
