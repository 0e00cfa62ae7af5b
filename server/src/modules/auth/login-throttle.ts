import type { Clock } from '../../platform/clock.js';

/**
 * Failed sign-ins per key inside a sliding window. In memory: each instance counts its own, which still
 * bounds guessing to attempts × instances per window.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly maxAttempts: number,
    private readonly windowMilliseconds: number,
  ) {}

  private recent(key: string): number[] {
    const cutoff = this.clock.now().getTime() - this.windowMilliseconds;
    const kept = (this.failures.get(key) ?? []).filter((time) => time > cutoff);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Seconds until another attempt is allowed, or 0 when allowed now. */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.maxAttempts) return 0;
    const oldest = recent[0] ?? this.clock.now().getTime();
    return Math.max(1, Math.ceil((oldest + this.windowMilliseconds - this.clock.now().getTime()) / 1000));
  }

  recordFailure(key: string): void {
    const recent = this.recent(key);
    recent.push(this.clock.now().getTime());
    this.failures.set(key, recent);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}
