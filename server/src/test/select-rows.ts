import type { SQL } from 'drizzle-orm';
import type { Database } from '../platform/database/index.js';

/** Raw SQL for tests that look at tables directly; node-postgres and PGlite both answer with `rows`. */
export async function selectRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  const rows = typeof result === 'object' && result !== null && 'rows' in result ? result.rows : undefined;
  if (!Array.isArray(rows)) throw new Error('the query returned no rows array');
  return rows as Row[];
}
