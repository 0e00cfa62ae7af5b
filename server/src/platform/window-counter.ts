import type { Redis } from 'ioredis';

/**
 * Counts per key in fixed time windows (e.g. requests or tokens per minute). With Redis every instance
 * shares the counts; without it each instance counts alone.
 */
export interface WindowCounter {
  /** Adds `amount` to the current window and returns the new total. */
  add(key: string, amount: number, windowMs: number, now: number): Promise<number>;
  /** The current window's total. */
  current(key: string, windowMs: number, now: number): Promise<number>;
  close(): Promise<void>;
}

function windowKey(key: string, windowMs: number, now: number): string {
  return `${key}:${Math.floor(now / windowMs)}`;
}

export class MemoryWindowCounter implements WindowCounter {
  private readonly counts = new Map<string, { total: number; expiresAt: number }>();

  add(key: string, amount: number, windowMs: number, now: number): Promise<number> {
    this.sweep(now);
    const slot = windowKey(key, windowMs, now);
    const entry = this.counts.get(slot) ?? {
      total: 0,
      expiresAt: (Math.floor(now / windowMs) + 1) * windowMs,
    };
    entry.total += amount;
    this.counts.set(slot, entry);
    return Promise.resolve(entry.total);
  }

  current(key: string, windowMs: number, now: number): Promise<number> {
    return Promise.resolve(this.counts.get(windowKey(key, windowMs, now))?.total ?? 0);
  }

  private sweep(now: number): void {
    // Cheap enough per call: entries live one window and there is one per key and window.
    if (this.counts.size < 1_000) return;
    for (const [slot, entry] of this.counts) if (entry.expiresAt <= now) this.counts.delete(slot);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

export class RedisWindowCounter implements WindowCounter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'jumugwan:window:',
  ) {}

  async add(key: string, amount: number, windowMs: number, now: number): Promise<number> {
    const slot = this.prefix + windowKey(key, windowMs, now);
    const results = await this.redis
      .multi()
      .incrby(slot, amount)
      .pexpire(slot, windowMs * 2)
      .exec();
    const total = results?.[0]?.[1];
    return typeof total === 'number' ? total : Number(total);
  }

  async current(key: string, windowMs: number, now: number): Promise<number> {
    const value = await this.redis.get(this.prefix + windowKey(key, windowMs, now));
    return value === null ? 0 : Number(value);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
