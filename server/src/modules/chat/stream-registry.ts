/**
 * Streams in flight, so shutdown can let them finish for a bounded time and then cut the rest cleanly
 * (their partial answers are saved as interrupted).
 */
export class StreamRegistry {
  private readonly active = new Set<AbortController>();
  private readonly idleWaiters: (() => void)[] = [];
  private closing = false;

  get size(): number {
    return this.active.size;
  }

  get isClosing(): boolean {
    return this.closing;
  }

  add(controller: AbortController): void {
    this.active.add(controller);
  }

  remove(controller: AbortController): void {
    this.active.delete(controller);
    if (this.active.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** Refuses new streams, waits up to `graceMs` for running ones, then aborts what is left. */
  async drain(graceMs: number): Promise<{ finished: boolean }> {
    this.closing = true;
    if (this.active.size === 0) return { finished: true };
    const idle = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), graceMs);
    });
    const outcome = await Promise.race([idle.then(() => 'idle' as const), timeout]);
    clearTimeout(timer);
    if (outcome === 'idle') return { finished: true };
    for (const controller of this.active) controller.abort('shutdown');
    await Promise.race([idle, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    return { finished: false };
  }
}
