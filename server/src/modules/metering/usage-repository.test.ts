import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../platform/database/index.js';
import { selectRows } from '../../test/select-rows.js';
import { pgliteTemplate } from '../../test/test-platform.js';
import type { UsageEvent } from './usage-event.js';
import { UsageRepository } from './usage-repository.js';

function event(overrides: Partial<UsageEvent>): UsageEvent {
  return {
    occurredAt: new Date('2026-11-30T01:02:03.456Z'),
    day: '2026-11-30',
    userId: null,
    departmentId: null,
    apiKeyId: null,
    assistantId: null,
    templateId: null,
    channel: 'v1',
    capability: 'chat',
    requestedModel: 'model',
    modelId: 'model',
    endpointId: null,
    provider: null,
    location: null,
    promptTokens: 1,
    completionTokens: 2,
    cachedTokens: 0,
    characters: 0,
    images: 0,
    requests: 1,
    latencyMs: 5,
    status: 'ok',
    errorCode: null,
    purpose: 'other',
    billing: 'capacity',
    priceId: null,
    costMicroWon: 7,
    ...overrides,
  };
}

describe('UsageRepository on PGlite (COPY)', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({
      pgliteDirectory: 'memory://',
      pgliteTemplate: await pgliteTemplate(),
    });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('keeps every value exactly, quotes and commas included, and empty text apart from null', async () => {
    const repository = new UsageRepository(handle.db, handle.bulkWriter);
    expect(handle.bulkWriter).toBeDefined();
    await repository.insertBatch([
      event({ modelId: 'vendor/"odd", model\nname', requestedModel: '', errorCode: '한글,오류' }),
      event({ status: 'error', errorCode: null, costMicroWon: 0 }),
    ]);
    const rows = await selectRows<Record<string, unknown>>(
      handle.db,
      sql`select model_id, requested_model, error_code, occurred_at::text as at, cost_micro_won from usage_events order by id`,
    );
    expect(rows.map((row) => [row.model_id, row.requested_model, row.error_code])).toEqual([
      ['vendor/"odd", model\nname', '', '한글,오류'],
      ['model', 'model', null],
    ]);
    const [daily] = await selectRows<Record<string, unknown>>(
      handle.db,
      sql`select sum(calls)::int as calls, sum(errors)::int as errors, sum(cost_micro_won)::int as cost from usage_daily`,
    );
    expect(daily).toEqual({ calls: 2, errors: 1, cost: 7 });
  });
});
