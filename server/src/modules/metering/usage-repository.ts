import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { usageDaily, usageEvents, usageMonthlySubjects } from '../../platform/database/schema.js';
import type { UsageEvent } from './usage-event.js';
import { rollUp, type UsageSums } from './usage-rollup.js';
import type { UsageSink } from './usage-recorder.js';

const chunkSize = 1_000;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += chunkSize)
    result.push(items.slice(start, start + chunkSize));
  return result;
}

/** Adds the batch's sums to the row already there. */
function addSums(table: typeof usageDaily | typeof usageMonthlySubjects): Record<keyof UsageSums, SQL> {
  const set = {} as Record<keyof UsageSums, SQL>;
  for (const column of [
    'calls',
    'errors',
    'promptTokens',
    'completionTokens',
    'cachedTokens',
    'characters',
    'images',
    'costMicroWon',
  ] as const) {
    const name = table[column].name;
    set[column] = sql.raw(`"${tableName(table)}"."${name}" + excluded."${name}"`);
  }
  return set;
}

function tableName(table: typeof usageDaily | typeof usageMonthlySubjects): string {
  return table === usageDaily ? 'usage_daily' : 'usage_monthly_subjects';
}

/** Writes usage events and keeps the rollup tables equal to their sums, in one transaction per batch. */
export class UsageRepository implements UsageSink {
  constructor(private readonly db: Database) {}

  async insertBatch(events: readonly UsageEvent[]): Promise<void> {
    const { daily, subjects } = rollUp(events);
    await this.db.transaction(async (transaction) => {
      for (const chunk of chunks(events)) await transaction.insert(usageEvents).values(chunk);
      for (const chunk of chunks(daily)) {
        await transaction
          .insert(usageDaily)
          .values(chunk)
          .onConflictDoUpdate({
            target: [
              usageDaily.day,
              usageDaily.departmentId,
              usageDaily.apiKeyId,
              usageDaily.modelId,
              usageDaily.purpose,
              usageDaily.billing,
            ],
            set: addSums(usageDaily),
          });
      }
      for (const chunk of chunks(subjects)) {
        await transaction
          .insert(usageMonthlySubjects)
          .values(chunk)
          .onConflictDoUpdate({
            target: [
              usageMonthlySubjects.month,
              usageMonthlySubjects.userId,
              usageMonthlySubjects.apiKeyId,
              usageMonthlySubjects.departmentId,
              usageMonthlySubjects.modelId,
              usageMonthlySubjects.purpose,
            ],
            set: addSums(usageMonthlySubjects),
          });
      }
    });
  }
}
