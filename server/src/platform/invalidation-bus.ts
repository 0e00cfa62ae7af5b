import type { Redis } from 'ioredis';

/**
 * Tells every instance that a cached thing changed (a revoked API key). Without Redis there is one
 * instance and the message stays local; with Redis it goes to all instances through pub/sub.
 */
export interface InvalidationBus {
  publish(channel: string, message: string): Promise<void>;
  subscribe(channel: string, handler: (message: string) => void): Promise<void>;
  close(): Promise<void>;
}

export class LocalInvalidationBus implements InvalidationBus {
  private readonly handlers = new Map<string, ((message: string) => void)[]>();

  publish(channel: string, message: string): Promise<void> {
    for (const handler of this.handlers.get(channel) ?? []) handler(message);
    return Promise.resolve();
  }

  subscribe(channel: string, handler: (message: string) => void): Promise<void> {
    this.handlers.set(channel, [...(this.handlers.get(channel) ?? []), handler]);
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

export class RedisInvalidationBus implements InvalidationBus {
  private readonly handlers = new Map<string, ((message: string) => void)[]>();

  /** `subscriber` must be a connection of its own: Redis keeps subscribed connections for pub/sub only. */
  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly prefix = 'jumugwan:invalidate:',
  ) {
    subscriber.on('message', (channel: string, message: string) => {
      for (const handler of this.handlers.get(channel) ?? []) handler(message);
    });
  }

  async publish(channel: string, message: string): Promise<void> {
    await this.publisher.publish(this.prefix + channel, message);
  }

  async subscribe(channel: string, handler: (message: string) => void): Promise<void> {
    const full = this.prefix + channel;
    if (!this.handlers.has(full)) await this.subscriber.subscribe(full);
    this.handlers.set(full, [...(this.handlers.get(full) ?? []), handler]);
  }

  async close(): Promise<void> {
    await Promise.all([this.publisher.quit(), this.subscriber.quit()]);
  }
}
