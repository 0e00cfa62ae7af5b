import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';
import type { SessionRepository, SessionRow } from './session-repository.js';

export interface SessionSettings {
  ttlHours: number;
  idleMinutes: number;
}

export type SessionLookup = { kind: 'none' } | { kind: 'expired' } | { kind: 'valid'; session: SessionRow };

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Opaque random cookie tokens; the database keeps only their hash. */
export class SessionService {
  constructor(
    private readonly repository: SessionRepository,
    private readonly clock: Clock,
    private readonly settings: SessionSettings,
  ) {}

  async create(userId: string): Promise<{ token: string; session: SessionRow }> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const session: SessionRow = {
      id: hashToken(token),
      userId,
      csrfToken: randomBytes(24).toString('base64url'),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.settings.ttlHours * 3_600_000),
      lastSeenAt: now,
    };
    await this.repository.insert(session);
    return { token, session };
  }

  async lookup(token: string): Promise<SessionLookup> {
    const session = await this.repository.find(hashToken(token));
    if (session === undefined) return { kind: 'none' };
    const now = this.clock.now();
    const idleLimit = session.lastSeenAt.getTime() + this.settings.idleMinutes * 60_000;
    if (session.expiresAt.getTime() <= now.getTime() || idleLimit <= now.getTime()) {
      await this.repository.delete(session.id);
      return { kind: 'expired' };
    }
    // Writing on every request would make each page view a database write; a minute of slack is enough.
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
      await this.repository.touch(session.id, now);
    }
    return { kind: 'valid', session };
  }

  async destroy(token: string): Promise<void> {
    await this.repository.delete(hashToken(token));
  }

  /** Sessions that nobody will present again (expired, or closed browsers) are removed now and then. */
  async purgeExpired(): Promise<void> {
    await this.repository.deleteExpired(this.clock.now());
  }

  async destroyForUser(userId: string): Promise<void> {
    await this.repository.deleteForUser(userId);
  }
}
