import type {
  AuditAction,
  AuditEvent,
  AuditEventList,
  AuditFilters,
  AuditOutcome,
} from '@jumugwan/contracts';
import type { Clock } from '../../platform/clock.js';
import { sanitizeDetails, type AuditActor, type AuditEventInput } from './audit-event.js';
import type { AuditCursor, AuditEventRow, AuditFilter, AuditRepository } from './audit-repository.js';

/** The part of a pino/Fastify logger the audit log needs. */
export interface AuditLogger {
  warn(fields: object, message: string): void;
}

/**
 * For a module that declares its own audit port (the guard's `GuardAudit`): positional arguments and
 * loosely typed details, which are sanitised at runtime all the same.
 */
export interface AuditPort {
  record(
    actor: AuditActor,
    action: AuditAction,
    outcome: AuditOutcome,
    details: Readonly<Record<string, unknown>>,
  ): Promise<void>;
}

/** Rows in one CSV export at most; the total tells the admin to narrow the filters when there are more. */
export const auditExportMaxRows = 100_000;
const exportBatchSize = 1_000;
const dayMs = 86_400_000;

/** A Korean calendar day (Asia/Seoul is UTC+9 all year) as the instant it starts. */
function startOfKoreanDay(day: string): Date {
  return new Date(`${day}T00:00:00+09:00`);
}

export function auditFilterOf(filters: AuditFilters): AuditFilter {
  return {
    ...(filters.from === undefined ? {} : { from: startOfKoreanDay(filters.from) }),
    ...(filters.to === undefined ? {} : { to: new Date(startOfKoreanDay(filters.to).getTime() + dayMs) }),
    ...(filters.action === undefined ? {} : { action: filters.action }),
    ...(filters.outcome === undefined ? {} : { outcome: filters.outcome }),
    ...(filters.actor === undefined ? {} : { actor: filters.actor }),
  };
}

export function presentAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    outcome: row.outcome,
    actorUserId: row.actorUserId,
    actorLabel: row.actorLabel,
    apiKeyId: row.apiKeyId,
    targetType: row.targetType,
    targetId: row.targetId,
    details: row.details,
    ipAddress: row.ipAddress,
  };
}

/**
 * Who did what, when, from where: sign-ins, admin changes, guard decisions. Recording never fails the
 * action it records (a lost row is logged as a warning), and rows carry no message content or values.
 */
export class AuditService {
  private logger: AuditLogger | null = null;

  constructor(
    private readonly repository: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /** The HTTP app's logger exists after the services; until then failures go to stderr. */
  useLogger(logger: AuditLogger): void {
    this.logger = logger;
  }

  /** Never rejects: callers may await it (the row is written when it resolves) or leave it running. */
  async record(event: AuditEventInput): Promise<void> {
    await this.write(event);
  }

  /** The same log behind a positional port, e.g. `new GuardService(…, platform.audit.port())`. */
  port(): AuditPort {
    return {
      record: (actor, action, outcome, details) => this.write({ action, actor, outcome, details }),
    };
  }

  private async write(event: {
    action: AuditAction;
    actor: AuditActor;
    outcome?: AuditOutcome | undefined;
    target?: { type: string; id: string | null } | undefined;
    details?: object | undefined;
  }): Promise<void> {
    try {
      await this.repository.insert({
        at: this.clock.now(),
        action: event.action,
        actorUserId: event.actor.userId,
        actorLabel: event.actor.label,
        apiKeyId: event.actor.apiKeyId,
        targetType: event.target?.type ?? null,
        targetId: event.target?.id ?? null,
        outcome: event.outcome ?? 'success',
        details: sanitizeDetails(event.details),
        ipAddress: event.actor.ipAddress,
      });
    } catch (error) {
      this.warn(error, event.action);
    }
  }

  private warn(error: unknown, action: string): void {
    try {
      const fields = { err: error, action };
      if (this.logger === null)
        process.emitWarning(`audit event ${action} was not recorded: ${String(error)}`);
      else this.logger.warn(fields, 'audit event was not recorded');
    } catch {
      // A broken logger must not turn a lost audit row into a failed action either.
    }
  }

  async list(query: AuditFilters & { page: number; pageSize: number }): Promise<AuditEventList> {
    const filter = auditFilterOf(query);
    const [rows, total] = await Promise.all([
      this.repository.list(filter, (query.page - 1) * query.pageSize, query.pageSize),
      this.repository.count(filter),
    ]);
    return { events: rows.map(presentAuditEvent), total, page: query.page, pageSize: query.pageSize };
  }

  count(filters: AuditFilters): Promise<number> {
    return this.repository.count(auditFilterOf(filters));
  }

  /** Newest first, in batches, at most `maxRows` (default auditExportMaxRows). */
  async *exportRows(filters: AuditFilters, maxRows = auditExportMaxRows): AsyncGenerator<AuditEventRow> {
    const filter = auditFilterOf(filters);
    let cursor: AuditCursor | null = null;
    let sent = 0;
    while (sent < maxRows) {
      const batch = await this.repository.listAfter(
        filter,
        cursor,
        Math.min(exportBatchSize, maxRows - sent),
      );
      for (const row of batch.rows) yield row;
      sent += batch.rows.length;
      if (batch.next === null) return;
      cursor = batch.next;
    }
  }
}
