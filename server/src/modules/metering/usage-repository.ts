import { sql } from 'drizzle-orm';
import type { BulkStatement, BulkWriter, Database } from '../../platform/database/index.js';
import type { UsageEvent } from './usage-event.js';
import { rollUp } from './usage-rollup.js';
import type { UsageSink } from './usage-recorder.js';

/** Column, its SQL type, and how to read it from an event or a rollup row (snake_case JSON keys). */
type ColumnSpec = readonly [column: string, type: string];

const eventColumns: readonly ColumnSpec[] = [
  ['occurred_at', 'timestamptz'],
  ['day', 'date'],
  ['user_id', 'uuid'],
  ['department_id', 'uuid'],
  ['api_key_id', 'uuid'],
  ['assistant_id', 'text'],
  ['template_id', 'text'],
  ['channel', 'text'],
  ['capability', 'text'],
  ['requested_model', 'text'],
  ['model_id', 'text'],
  ['endpoint_id', 'uuid'],
  ['provider', 'text'],
  ['location', 'text'],
  ['prompt_tokens', 'bigint'],
  ['completion_tokens', 'bigint'],
  ['cached_tokens', 'bigint'],
  ['characters', 'bigint'],
  ['images', 'bigint'],
  ['requests', 'bigint'],
  ['latency_ms', 'integer'],
  ['status', 'text'],
  ['error_code', 'text'],
  ['purpose', 'text'],
  ['billing', 'text'],
  ['price_id', 'uuid'],
  ['cost_micro_won', 'bigint'],
];

const sumColumns: readonly ColumnSpec[] = [
  ['calls', 'bigint'],
  ['errors', 'bigint'],
  ['prompt_tokens', 'bigint'],
  ['completion_tokens', 'bigint'],
  ['cached_tokens', 'bigint'],
  ['characters', 'bigint'],
  ['images', 'bigint'],
  ['cost_micro_won', 'bigint'],
];

const dailyKey: readonly ColumnSpec[] = [
  ['day', 'date'],
  ['department_id', 'uuid'],
  ['api_key_id', 'uuid'],
  ['model_id', 'text'],
  ['purpose', 'text'],
  ['billing', 'text'],
];

const subjectKey: readonly ColumnSpec[] = [
  ['month', 'date'],
  ['user_id', 'uuid'],
  ['api_key_id', 'uuid'],
  ['department_id', 'uuid'],
  ['model_id', 'text'],
  ['purpose', 'text'],
];

const snakeCases = new Map<string, string>();
function snakeCase(name: string): string {
  let snake = snakeCases.get(name);
  if (snake === undefined) {
    snake = name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    snakeCases.set(name, snake);
  }
  return snake;
}

/** Rows as one JSON parameter with snake_case keys: one bound value however many rows (no parameter limit). */
function asJson(rows: readonly object[]): string {
  return JSON.stringify(rows, function (this: unknown, key: string, value: unknown) {
    // Objects of a row are re-keyed; arrays (the list of rows) and values pass as they are.
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date)
      return value;
    const renamed: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(value)) renamed[snakeCase(name)] = field;
    return renamed;
  });
}

/** `insert into <table> (<columns>) select <columns> from jsonb_to_recordset($1) as x(<column type>, …)` */
function insertFromJson(
  table: string,
  columns: readonly ColumnSpec[],
  conflict = '',
): { before: string; after: string } {
  const names = columns.map(([column]) => column).join(', ');
  const types = columns.map(([column, type]) => `${column} ${type}`).join(', ');
  return {
    before: `insert into ${table} (${names}) select ${names} from jsonb_to_recordset(`,
    after: `::jsonb) as x(${types}) ${conflict}`,
  };
}

const insertEvents = insertFromJson('usage_events', eventColumns);
const upsertDaily = insertFromJson(
  'usage_daily',
  [...dailyKey, ...sumColumns],
  addingSums('usage_daily', 'usage_daily_key'),
);
const upsertSubjects = insertFromJson(
  'usage_monthly_subjects',
  [...subjectKey, ...sumColumns],
  addingSums('usage_monthly_subjects', 'usage_monthly_subjects_key'),
);
const copyEvents = `copy usage_events (${eventColumns.map(([column]) => column).join(', ')}) from '/dev/blob' with (format csv)`;

function addingSums(table: string, constraint: string): string {
  const sets = sumColumns.map(([column]) => `${column} = ${table}.${column} + excluded.${column}`).join(', ');
  return `on conflict on constraint ${constraint} do update set ${sets}`;
}

/** One CSV field as COPY reads it: an unquoted empty field is NULL, a quoted one the empty string. */
function csvField(value: UsageEvent[keyof UsageEvent]): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = value instanceof Date ? value.toISOString() : value;
  return text === '' || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

const eventFields = eventColumns.map(([column]) => camelCase(column) as keyof UsageEvent);

function eventsAsCsv(events: readonly UsageEvent[]): string {
  let csv = '';
  for (const event of events) csv += `${eventFields.map((field) => csvField(event[field])).join(',')}\n`;
  return csv;
}

/**
 * Writes usage events and keeps the rollup tables equal to their sums, in one transaction per batch. On
 * PGlite the events go in with COPY (a third of an INSERT's cost there, and it runs on our thread); otherwise
 * each table takes its rows as one JSON parameter: binding thousands of parameters cost more than the insert.
 */
export class UsageRepository implements UsageSink {
  constructor(
    private readonly db: Database,
    private readonly bulkWriter?: BulkWriter,
  ) {}

  async insertBatch(events: readonly UsageEvent[]): Promise<void> {
    const { daily, subjects } = rollUp(events);
    const rollups: { statement: { before: string; after: string }; json: string }[] = [];
    if (daily.length > 0) rollups.push({ statement: upsertDaily, json: asJson(daily) });
    if (subjects.length > 0) rollups.push({ statement: upsertSubjects, json: asJson(subjects) });
    const bulkWriter = this.bulkWriter;
    if (bulkWriter !== undefined) {
      const statements: BulkStatement[] = [
        { text: copyEvents, blob: new Blob([eventsAsCsv(events)]) },
        ...rollups.map(({ statement, json }) => ({
          text: `${statement.before}$1${statement.after}`,
          params: [json],
        })),
      ];
      await bulkWriter(statements);
      return;
    }
    const eventRows = events.map((event) => ({ ...event, occurredAt: event.occurredAt.toISOString() }));
    await this.db.transaction(async (transaction) => {
      for (const { statement, json } of [{ statement: insertEvents, json: asJson(eventRows) }, ...rollups]) {
        await transaction.execute(sql`${sql.raw(statement.before)}${json}${sql.raw(statement.after)}`);
      }
    });
  }
}
