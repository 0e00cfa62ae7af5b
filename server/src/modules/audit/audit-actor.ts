import type { FastifyRequest } from 'fastify';
import type { ApiKeyContext } from '../api-keys/index.js';
import type {} from '../auth/index.js';
import type { UserRow } from '../org/index.js';
import type { AuditActor } from './audit-event.js';

/** `홍길동 (20231234)`; local accounts show their username instead of a 사번. */
export function userLabel(user: Pick<UserRow, 'name' | 'employeeNumber' | 'username'>): string {
  const handle = user.employeeNumber ?? user.username;
  return handle === null ? user.name : `${user.name} (${handle})`;
}

export function auditActorFromUser(
  user: Pick<UserRow, 'id' | 'name' | 'employeeNumber' | 'username'>,
  ipAddress: string | null,
): AuditActor {
  return { userId: user.id, apiKeyId: null, label: userLabel(user), ipAddress };
}

/** The signed-in user of a request (routes call it after their auth guard), or an unknown caller. */
export function auditActorFromRequest(request: FastifyRequest): AuditActor {
  const user = request.auth?.user;
  if (user === undefined) return { userId: null, apiKeyId: null, label: '알 수 없음', ipAddress: request.ip };
  return auditActorFromUser(user, request.ip);
}

/** A /v1 caller. */
export function auditActorFromApiKey(
  key: Pick<ApiKeyContext, 'id' | 'name'>,
  ipAddress: string | null,
): AuditActor {
  return { userId: null, apiKeyId: key.id, label: `API 키 ${key.name}`, ipAddress };
}

/** Scheduled jobs and command-line tools. */
export function systemAuditActor(label = '시스템'): AuditActor {
  return { userId: null, apiKeyId: null, label, ipAddress: null };
}
