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
  async grouped(
    scope: UsageScope,
    by: 'day' | 'department_id' | 'model_id' | 'purpose' | null,
  ): Promise<SumRow[]> {
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

  async activeUsers(scope: UsageScope): Promise<number> {
    const rows = resultRows(
      await this.db.execute(
        sql`select count(distinct user_id)::bigint as count from usage_monthly_subjects where ${this.subjectWhere(scope)}`,
      ),
    );
    return Number(rows[0]?.count ?? 0);
  }

  /** People and keys by cost, most first. */
  async topSubjects(
    scope: UsageScope,
    limit: number,
  ): Promise<(SumRow & { userId: string | null; apiKeyId: string | null })[]> {
    const rows = resultRows(
      await this.db.execute(
        sql`select user_id, api_key_id, ${sums} from usage_monthly_subjects where ${this.subjectWhere(scope)} group by user_id, api_key_id order by sum(cost_micro_won) desc, sum(calls) desc limit ${limit}`,
      ),
    );
    return rows.map((row) => ({
      ...toSumRow(row),
      userId: textOf(row.user_id),
      apiKeyId: textOf(row.api_key_id),
    }));
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
