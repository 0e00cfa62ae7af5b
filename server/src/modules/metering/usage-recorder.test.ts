import { describe, expect, it } from 'vitest';
import type { UsageEvent } from './usage-event.js';
import { rollUp } from './usage-rollup.js';
import { UsageRecorder, type UsageSink } from './usage-recorder.js';

function event(overrides: Partial<UsageEvent> = {}): UsageEvent {
  return {
    occurredAt: new Date('2026-11-30T01:00:00Z'),
    day: '2026-11-30',
    userId: '00000000-0000-4000-8000-000000000001',
    departmentId: '00000000-0000-4000-8000-000000000002',
    apiKeyId: null,
    channel: 'chat',
    capability: 'chat',
    requestedModel: 'model',
    modelId: 'model',
    promptTokens: 10,
    completionTokens: 5,
    latencyMs: 100,
    status: 'ok',
    purpose: 'summary',
    billing: 'capacity',
    costMicroWon: 1_500_000,
    ...overrides,
  };
}

/** A sink that keeps what it was given, and fails while told to (a database that is briefly away). */
class MemorySink implements UsageSink {
  readonly batches: UsageEvent[][] = [];
  failing = false;
  insertBatch(events: readonly UsageEvent[]): Promise<void> {
    if (this.failing) return Promise.reject(new Error('database unavailable'));
    this.batches.push([...events]);
    return Promise.resolve();
  }
}

const quiet = { warn: () => undefined };

describe('UsageRecorder', () => {
  it('writes full batches at once and the rest on flush', async () => {
    const sink = new MemorySink();
    const recorder = new UsageRecorder(sink, quiet, { maxBatch: 3, flushMs: 60_000 });
    for (let index = 0; index < 5; index += 1) recorder.record(event());
    await recorder.flush();
    expect(sink.batches.map((batch) => batch.length)).toEqual([3, 2]);
  });

  it('keeps a failed batch and writes it with the next one; close writes everything left', async () => {
    const sink = new MemorySink();
    const recorder = new UsageRecorder(sink, quiet, { maxBatch: 100, flushMs: 60_000 });
    recorder.record(event());
    sink.failing = true;
    await recorder.flush();
    expect(recorder.pendingCount).toBe(1);
    recorder.record(event({ purpose: 'coding' }));
    sink.failing = false;
    await recorder.close();
    expect(recorder.pendingCount).toBe(0);
    expect(sink.batches.flat().map((written) => written.purpose)).toEqual(['summary', 'coding']);
  });

  it('tells its listener of each event once, when it is in the database', async () => {
    const sink = new MemorySink();
    const told: string[] = [];
    const recorder = new UsageRecorder(sink, quiet, { maxBatch: 100, flushMs: 60_000 }, (events) =>
      told.push(...events.map((written) => written.purpose)),
    );
    recorder.record(event());
    sink.failing = true;
    await recorder.flush();
    expect(told).toEqual([]);
    recorder.record(event({ purpose: 'coding' }));
    sink.failing = false;
    await recorder.flush();
    await recorder.flush();
    expect(told).toEqual(['summary', 'coding']);
  });

  it('works a deferred purpose out when the batch is written, once, and writes the label', async () => {
    const sink = new MemorySink();
    const recorder = new UsageRecorder(sink, quiet, { maxBatch: 100, flushMs: 60_000 });
    let asked = 0;
    recorder.record({
      ...event(),
      purpose: () => {
        asked += 1;
        return 'translation';
      },
    });
    expect(asked).toBe(0);
    sink.failing = true;
    await recorder.flush();
    sink.failing = false;
    await recorder.flush();
    expect(asked).toBe(1);
    expect(sink.batches.flat().map((written) => written.purpose)).toEqual(['translation']);
  });
});

describe('rollUp', () => {
  it('sums events into daily and monthly rows and leaves refused calls out', () => {
    const { daily, subjects } = rollUp([
      event(),
      event({ status: 'error', costMicroWon: 0, promptTokens: 0, completionTokens: 0 }),
      event({ purpose: 'coding' }),
      event({ status: 'refused', costMicroWon: 0 }),
    ]);
    expect(daily).toHaveLength(2);
    expect(daily[0]).toMatchObject({
      calls: 2,
      errors: 1,
      promptTokens: 10,
      costMicroWon: 1_500_000,
      purpose: 'summary',
    });
    expect(subjects.map((row) => [row.month, row.purpose, row.calls])).toEqual([
      ['2026-11-01', 'summary', 2],
      ['2026-11-01', 'coding', 1],
    ]);
  });
});
