import { sql, type SQL } from 'drizzle-orm';
import { resultRows, type Database } from '../../platform/database/index.js';

/** Keys come back as text (the SQL casts them), but a driver may still hand over numbers. */
function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string'
    ? value
    : typeof value === 'number'
      ? String(value)
      : JSON.stringify(value);
}

export interface UsageScope {
  /** First day included. */
  from: string;
  /** First day not included. */
  until: string;
  /** Null: every department. */
  departmentIds: readonly string[] | null;
  modelId: string | null;
  /** Set for a person's own view. */
  userId: string | null;
  /** Only capacity-billed use (budget burn-down). */
  capacityOnly?: boolean;
  apiKeyId?: string | null;
}

/** A rollup column the dashboards break sums down by. */
export type Dimension = 'day' | 'department_id' | 'model_id' | 'purpose';

export interface SumRow {
  key: string | null;
  calls: number;
  errors: number;
  promptTokens: number;
  completionTokens: number;
  costMicroWon: number;
}

function toSumRow(row: Record<string, unknown>): SumRow {
  return {
    key: textOf(row.key),
    calls: Number(row.calls ?? 0),
    errors: Number(row.errors ?? 0),
    promptTokens: Number(row.prompt_tokens ?? 0),
    completionTokens: Number(row.completion_tokens ?? 0),
    costMicroWon: Number(row.cost_micro_won ?? 0),
  };
}

const sums = sql.raw(
  'sum(calls)::bigint as calls, sum(errors)::bigint as errors, sum(prompt_tokens)::bigint as prompt_tokens, sum(completion_tokens)::bigint as completion_tokens, sum(cost_micro_won)::bigint as cost_micro_won',
);

function uuidList(ids: readonly string[]): SQL {
  return sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
}

/**
 * The dashboards' and reports' reads. They read the rollups (daily per department/key/model/purpose, monthly
 * per person), never the raw events, so they stay fast over millions of calls; a person's own daily series
 * reads their events through the (user, day) index.
 */
export class UsageQueryRepository {
  constructor(private readonly db: Database) {}

  private dailyWhere(scope: UsageScope): SQL {
    const conditions: SQL[] = [sql`day >= ${scope.from}`, sql`day < ${scope.until}`];
    if (scope.departmentIds !== null)
      conditions.push(sql`department_id = any(${uuidList(scope.departmentIds)})`);
    if (scope.modelId !== null) conditions.push(sql`model_id = ${scope.modelId}`);
    if (scope.capacityOnly === true) conditions.push(sql`billing = 'capacity'`);
    if (scope.apiKeyId !== undefined && scope.apiKeyId !== null)
      conditions.push(sql`api_key_id = ${scope.apiKeyId}`);
    return sql.join(conditions, sql` and `);
  }

  private subjectWhere(scope: UsageScope): SQL {
    const firstMonth = `${scope.from.slice(0, 7)}-01`;
    const conditions: SQL[] = [sql`month >= ${firstMonth}`, sql`month < ${scope.until}`];
    if (scope.departmentIds !== null)
      conditions.push(sql`department_id = any(${uuidList(scope.departmentIds)})`);
    if (scope.modelId !== null) conditions.push(sql`model_id = ${scope.modelId}`);
    if (scope.userId !== null) conditions.push(sql`user_id = ${scope.userId}`);
    return sql.join(conditions, sql` and `);
  }

  /** Sums grouped by a rollup column (or none). A person's view reads the monthly per-person rollup. */
  async grouped(scope: UsageScope, by: Dimension | null): Promise<SumRow[]> {
    const key = by === null ? sql`null` : sql.raw(`${by}::text`);
    const group = by === null ? sql`` : sql` group by ${key} order by ${key}`;
    const query =
      scope.userId === null
        ? sql`select ${key} as key, ${sums} from usage_daily where ${this.dailyWhere(scope)}${group}`
        : by === 'day'
          ? sql`select day::text as key, count(*) filter (where status <> 'refused')::bigint as calls, count(*) filter (where status in ('error', 'cancelled'))::bigint as errors, sum(prompt_tokens)::bigint as prompt_tokens, sum(completion_tokens)::bigint as completion_tokens, sum(cost_micro_won)::bigint as cost_micro_won from usage_events where user_id = ${scope.userId} and day >= ${scope.from} and day < ${scope.until}${scope.modelId === null ? sql`` : sql` and model_id = ${scope.modelId}`} group by day order by day`
          : sql`select ${key} as key, ${sums} from usage_monthly_subjects where ${this.subjectWhere(scope)}${group}`;
    return resultRows(await this.db.execute(query)).map(toSumRow);
  }

  /**
   * The total and the sums by each of `dimensions` in one pass over the daily rollup (grouping sets), where
   * one query per breakdown read the same rows four or five times: a platform dashboard over three months of
   * a large institution reads a few hundred thousand rollup rows. Rows by day come in day order. A person's
   * view reads other tables, one breakdown at a time.
   */
  async breakdown(
    scope: UsageScope,
    dimensions: readonly Dimension[],
  ): Promise<{ total: SumRow | undefined; by: Map<Dimension, SumRow[]> }> {
    const by = new Map<Dimension, SumRow[]>(dimensions.map((dimension) => [dimension, []]));
    if (scope.userId !== null) {
      const [totals, ...grouped] = await Promise.all([
        this.grouped(scope, null),
        ...dimensions.map((dimension) => this.grouped(scope, dimension)),
      ]);
      dimensions.forEach((dimension, index) => by.set(dimension, grouped[index] ?? []));
      return { total: totals[0], by };
    }
    const sets = sql.raw(['()', ...dimensions.map((dimension) => `(${dimension})`)].join(', '));
    // grouping(column) is 0 in the rows grouped by that column: it names the breakdown (a key may be null).
    const which = sql.raw(
      `case ${dimensions.map((dimension) => `when grouping(${dimension}) = 0 then '${dimension}'`).join(' ')} end`,
    );
    const key = sql.raw(
      `case ${dimensions.map((dimension) => `when grouping(${dimension}) = 0 then ${dimension}::text`).join(' ')} end`,
    );
    const rows = resultRows(
      await this.db.execute(
        sql`select ${which} as dimension, ${key} as key, ${sums} from usage_daily where ${this.dailyWhere(scope)} group by grouping sets (${sets})`,
      ),
    );
    let total: SumRow | undefined;
    for (const row of rows) {
      const dimension = dimensions.find((candidate) => candidate === row.dimension);
      if (dimension === undefined) total = toSumRow(row);
      else by.get(dimension)?.push(toSumRow(row));
    }
    by.get('day')?.sort((left, right) => ((left.key ?? '') < (right.key ?? '') ? -1 : 1));
    return { total, by };
  }

  /**
   * People and keys by cost, most first (the first `limit`), and how many people used AI: one pass over the
   * monthly per-person rollup instead of one for each (the groups are few, one per person or key).
   */
  async topSubjects(
    scope: UsageScope,
    limit: number,
  ): Promise<{ top: (SumRow & { userId: string | null; apiKeyId: string | null })[]; activeUsers: number }> {
    const rows = resultRows(
      await this.db.execute(
        sql`with subjects as materialized (select user_id, api_key_id, ${sums} from usage_monthly_subjects where ${this.subjectWhere(scope)} group by user_id, api_key_id)
          select subjects.*, (select count(distinct user_id) from subjects)::bigint as active_users from subjects
          order by cost_micro_won desc, calls desc limit ${limit}`,
      ),
    );
    return {
      top: rows.map((row) => ({
        ...toSumRow(row),
        userId: textOf(row.user_id),
        apiKeyId: textOf(row.api_key_id),
      })),
      activeUsers: Number(rows[0]?.active_users ?? 0),
    };
  }

  /** Per person (or key) and department for a month: the per-user report. */
  async subjectsOfMonth(
    month: string,
    departmentIds: readonly string[] | null,
  ): Promise<(SumRow & { userId: string | null; apiKeyId: string | null; departmentId: string | null })[]> {
    const departmentFilter =
      departmentIds === null ? sql`` : sql` and department_id = any(${uuidList(departmentIds)})`;
    const rows = resultRows(
      await this.db.execute(
        sql`select user_id, api_key_id, department_id, ${sums} from usage_monthly_subjects where month = ${month}${departmentFilter} group by user_id, api_key_id, department_id order by sum(cost_micro_won) desc`,
      ),
    );
    return rows.map((row) => ({
      ...toSumRow(row),
      userId: textOf(row.user_id),
      apiKeyId: textOf(row.api_key_id),
      departmentId: textOf(row.department_id),
    }));
  }

  /** Capacity use per day of a person's events (their own cap's burn-down). */
  async userCapacityDaily(userId: string, from: string, until: string): Promise<SumRow[]> {
    const rows = resultRows(
      await this.db.execute(
        sql`select day::text as key, count(*)::bigint as calls, 0 as errors, sum(prompt_tokens)::bigint as prompt_tokens, sum(completion_tokens)::bigint as completion_tokens, sum(cost_micro_won)::bigint as cost_micro_won from usage_events where user_id = ${userId} and day >= ${from} and day < ${until} and billing = 'capacity' and status <> 'refused' group by day order by day`,
      ),
    );
    return rows.map(toSumRow);
  }
}
