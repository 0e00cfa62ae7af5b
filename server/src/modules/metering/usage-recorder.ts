import type { PendingUsageEvent, UsageEvent } from './usage-event.js';

export interface UsageSink {
  insertBatch(events: readonly UsageEvent[]): Promise<void>;
}

export interface UsageRecorderLog {
  warn(details: Record<string, unknown>, message: string): void;
}

function withPurpose(event: PendingUsageEvent): UsageEvent {
  const { purpose } = event;
  return { ...event, purpose: typeof purpose === 'string' ? purpose : purpose() };
}

/**
 * Writes usage events in batches (one transaction per batch instead of one per call). A failed batch is
 * kept and retried with the next one; `close` writes what is left before the process stops.
 */
export class UsageRecorder {
  private pending: PendingUsageEvent[] = [];
  private writing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly sink: UsageSink,
    private readonly log: UsageRecorderLog,
    private readonly options: { maxBatch: number; flushMs: number } = { maxBatch: 500, flushMs: 500 },
    /** Told of each batch once it is in the database (the /metrics counters). */
    private readonly onWritten: ((events: readonly UsageEvent[]) => void) | null = null,
  ) {}

  record(event: PendingUsageEvent): void {
    this.pending.push(event);
    if (this.pending.length >= this.options.maxBatch) {
      void this.flush();
    } else if (this.timer === null) {
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.flush();
      }, this.options.flushMs);
      this.timer.unref();
    }
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  /** Writes everything recorded so far; resolves when it is in the database (or failed and kept). */
  async flush(): Promise<void> {
    while (this.writing !== null) await this.writing;
    if (this.pending.length === 0) return;
    // Purposes are worked out here, a batch at a time (see `deferPurpose`).
    const batch = this.pending.map(withPurpose);
    this.pending = [];
    this.writing = this.sink
      .insertBatch(batch)
      .then(() => this.onWritten?.(batch))
      .catch((error: unknown) => {
        // Keep them for the next flush: usage is billing data and must not be dropped.
        this.pending = [...batch, ...this.pending];
        this.log.warn({ err: error, events: batch.length }, 'usage events not written yet, will retry');
      })
      .finally(() => {
        this.writing = null;
      });
    await this.writing;
  }

  /** Graceful shutdown: stop the timer and write every pending event (retrying a few times). */
  async close(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    for (
      let attempt = 0;
      attempt < 3 && this.pending.length + (this.writing === null ? 0 : 1) > 0;
      attempt += 1
    ) {
      await this.flush();
    }
  }
}
