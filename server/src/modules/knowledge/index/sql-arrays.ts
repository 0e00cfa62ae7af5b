import { sql, type SQL } from 'drizzle-orm';

/** A text[] parameter passed as one JSON value (Drizzle would expand a JS array into a list). */
export function textArray(values: readonly string[]): SQL {
  return sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}

/** A uuid[] parameter (same reason). */
export function uuidArray(values: readonly string[]): SQL {
  return sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb)::uuid)`;
}

/** A float8[] parameter. */
export function numberArray(values: readonly number[]): SQL {
  return sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb)::float8)`;
}
