import { createHash, randomBytes } from 'node:crypto';
import type { ApiKey, ApiKeyCreated, ApiKeyInput } from '@jumugwan/contracts';
import { AppError, errors } from '../../platform/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { InvalidationBus } from '../../platform/invalidation-bus.js';
import type { WindowCounter } from '../../platform/window-counter.js';
import type { ApiKeyRepository, ApiKeyRow } from './api-key-repository.js';

/** What a /v1 call knows about its caller. */
export interface ApiKeyContext {
  id: string;
  name: string;
  departmentId: string;
  allowedModels: string[] | null;
  requestsPerMinute: number | null;
  tokensPerMinute: number | null;
}

const keyPrefixLength = 12;
const revokedChannel = 'api-key-revoked';
// Bounds how long any cached key can outlive a change that no message announced (e.g. a database edit).
const cacheLifetimeMs = 30_000;
const minuteMs = 60_000;
// lastUsedAt is for admins ("is this key still used?"): minute precision spares a write per request.
const lastUsedPrecisionMs = 60_000;

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export const apiKeyErrors = {
  invalid: () => new AppError('unauthenticated', 401, '올바르지 않은 API 키입니다.'),
  revoked: () => new AppError('unauthenticated', 401, '폐기된 API 키입니다.'),
  expired: () => new AppError('unauthenticated', 401, '만료된 API 키입니다.'),
};

function status(row: ApiKeyRow, now: Date): ApiKey['status'] {
  if (row.revokedAt !== null) return 'revoked';
  if (row.expiresAt !== null && row.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

interface CachedKey {
  row: ApiKeyRow;
  loadedAt: number;
}

/**
 * Keys for other government systems. The key is random (256 bits), shown once, stored as SHA-256.
 * Verified keys are cached so a /v1 call costs no database query; a revocation evicts the key on every
 * instance at once through the invalidation bus.
 */
export class ApiKeyService {
  private readonly lastUsedWrites = new Map<string, number>();
  private readonly cache = new Map<string, CachedKey>();

  constructor(
    private readonly repository: ApiKeyRepository,
    private readonly counter: WindowCounter,
    private readonly clock: Clock,
    private readonly departmentExists: (id: string) => Promise<boolean>,
    private readonly bus: InvalidationBus,
  ) {}

  /** Listens for revocations from any instance. */
  async start(): Promise<void> {
    await this.bus.subscribe(revokedChannel, (keyId) => {
      for (const [hash, cached] of this.cache) if (cached.row.id === keyId) this.cache.delete(hash);
    });
  }

  private present(row: ApiKeyRow & { departmentName: string }): ApiKey {
    return {
      id: row.id,
      name: row.name,
      keyPrefix: row.keyPrefix,
      departmentId: row.departmentId,
      departmentName: row.departmentName,
      allowedModels: row.allowedModels ?? null,
      expiresAt: row.expiresAt?.toISOString() ?? null,
      requestsPerMinute: row.requestsPerMinute,
      tokensPerMinute: row.tokensPerMinute,
      createdAt: row.createdAt.toISOString(),
      revokedAt: row.revokedAt?.toISOString() ?? null,
      lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
      status: status(row, this.clock.now()),
    };
  }

  async list(): Promise<ApiKey[]> {
    return (await this.repository.list()).map((row) => this.present(row));
  }

  async create(input: ApiKeyInput, createdBy: string): Promise<ApiKeyCreated> {
    if (!(await this.departmentExists(input.departmentId)))
      throw errors.validation({ departmentId: '부서를 찾을 수 없습니다.' });
    if (input.expiresAt !== null && new Date(input.expiresAt).getTime() <= this.clock.now().getTime()) {
      throw errors.validation({ expiresAt: '만료일은 지금보다 뒤여야 합니다.' });
    }
    const key = `jmg_${randomBytes(32).toString('base64url')}`;
    const row = await this.repository.insert({
      name: input.name,
      keyPrefix: key.slice(0, keyPrefixLength),
      keyHash: hashKey(key),
      departmentId: input.departmentId,
      allowedModels: input.allowedModels === null ? null : [...new Set(input.allowedModels)],
      expiresAt: input.expiresAt === null ? null : new Date(input.expiresAt),
      requestsPerMinute: input.requestsPerMinute,
      tokensPerMinute: input.tokensPerMinute,
      createdBy,
    });
    const created = await this.repository.findWithDepartment(row.id);
    if (created === undefined) throw new Error('created key not found');
    return { apiKey: this.present(created), key };
  }

  async revoke(id: string): Promise<void> {
    const row = await this.repository.find(id);
    if (row === undefined) throw errors.notFound('API 키');
    if (row.revokedAt === null) await this.repository.update(id, { revokedAt: this.clock.now() });
    await this.bus.publish(revokedChannel, id);
  }

  private async findKey(keyHash: string): Promise<ApiKeyRow | undefined> {
    const now = this.clock.now().getTime();
    const cached = this.cache.get(keyHash);
    if (cached !== undefined && now - cached.loadedAt < cacheLifetimeMs) return cached.row;
    const row = await this.repository.findByHash(keyHash);
    // Unknown keys are not cached: a flood of random keys must not grow the cache.
    if (row === undefined) {
      this.cache.delete(keyHash);
      return undefined;
    }
    this.cache.set(keyHash, { row, loadedAt: now });
    return row;
  }

  /** Resolves `Authorization: Bearer <key>`; every failure is a 401 with a reason the integrator can act on. */
  async authenticate(authorization: string | undefined): Promise<ApiKeyContext> {
    const keyHash = this.hashOf(authorization);
    return this.admitRow(await this.findKey(keyHash));
  }

  /**
   * The same answer without waiting, when the key is in the cache (nearly every call): `undefined` means
   * "not cached, use authenticate()". Keeps the /v1 hot path free of promise hops.
   */
  authenticateCached(authorization: string | undefined): ApiKeyContext | undefined {
    const keyHash = this.hashOf(authorization);
    const cached = this.cache.get(keyHash);
    if (cached === undefined || this.clock.now().getTime() - cached.loadedAt >= cacheLifetimeMs)
      return undefined;
    return this.admitRow(cached.row);
  }

  private hashOf(authorization: string | undefined): string {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    const key = match?.[1];
    if (key === undefined) throw apiKeyErrors.invalid();
    return hashKey(key);
  }

  private admitRow(row: ApiKeyRow | undefined): ApiKeyContext {
    if (row === undefined) throw apiKeyErrors.invalid();
    const now = this.clock.now();
    const keyStatus = status(row, now);
    if (keyStatus === 'revoked') throw apiKeyErrors.revoked();
    if (keyStatus === 'expired') throw apiKeyErrors.expired();
    const lastWrite = this.lastUsedWrites.get(row.id) ?? row.lastUsedAt?.getTime() ?? 0;
    if (now.getTime() - lastWrite >= lastUsedPrecisionMs) {
      this.lastUsedWrites.set(row.id, now.getTime());
      // "Last used" is informational: the request does not wait for it, and a failed write is retried next minute.
      this.repository.update(row.id, { lastUsedAt: now }).catch(() => this.lastUsedWrites.delete(row.id));
    }
    return {
      id: row.id,
      name: row.name,
      departmentId: row.departmentId,
      allowedModels: row.allowedModels ?? null,
      requestsPerMinute: row.requestsPerMinute,
      tokensPerMinute: row.tokensPerMinute,
    };
  }

  private rateLimited(kind: string, now: number): AppError {
    const retryAfter = Math.max(1, Math.ceil((minuteMs - (now % minuteMs)) / 1000));
    return new AppError(
      'rate_limited',
      429,
      `이 API 키의 분당 ${kind} 한도를 넘었습니다. ${retryAfter}초 뒤에 다시 시도하세요.`,
      undefined,
      {
        'retry-after': String(retryAfter),
      },
    );
  }

  /** Counts the request against the key's per-minute limits, or refuses it with 429 and Retry-After. */
  async admit(context: ApiKeyContext): Promise<void> {
    const now = this.clock.now().getTime();
    if (context.tokensPerMinute !== null) {
      const used = await this.counter.current(`tpm:${context.id}`, minuteMs, now);
      if (used >= context.tokensPerMinute) throw this.rateLimited('토큰', now);
    }
    if (context.requestsPerMinute !== null) {
      const requests = await this.counter.add(`rpm:${context.id}`, 1, minuteMs, now);
      if (requests > context.requestsPerMinute) throw this.rateLimited('요청', now);
    }
  }

  /** Tokens count once the call has used them; the next request over the limit is refused. */
  async recordTokens(context: ApiKeyContext, tokens: number): Promise<void> {
    if (context.tokensPerMinute === null || tokens <= 0) return;
    await this.counter.add(`tpm:${context.id}`, tokens, minuteMs, this.clock.now().getTime());
  }
}
