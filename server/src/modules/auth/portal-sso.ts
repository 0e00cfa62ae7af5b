import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Trusted-header SSO. The portal's reverse proxy adds, on every request:
 *   <prefix>user-id      사번 (ASCII)
 *   <prefix>user-name    name, percent-encoded UTF-8 (HTTP headers are Latin-1)
 *   <prefix>department   department code (may be empty)
 *   <prefix>timestamp    Unix seconds when the proxy signed
 *   <prefix>signature    hex HMAC-SHA256(secret, user-id \n user-name \n department \n timestamp)
 * The header values are signed exactly as sent, so encoding choices never break the signature.
 */
export interface PortalIdentity {
  employeeNumber: string;
  name: string;
  departmentCode: string | null;
}

export type PortalVerification =
  | { outcome: 'absent' }
  | { outcome: 'valid'; identity: PortalIdentity }
  | { outcome: 'invalid'; reason: 'sso_headers_missing' | 'sso_signature_invalid' | 'sso_timestamp_expired' };

type HeaderBag = Record<string, string | string[] | undefined>;

function single(headers: HeaderBag, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function portalSignature(
  secret: string,
  userId: string,
  userName: string,
  department: string,
  timestamp: string,
): string {
  return createHmac('sha256', secret)
    .update(`${userId}\n${userName}\n${department}\n${timestamp}`)
    .digest('hex');
}

/** What the portal proxy sends; used by our tests and handed to portal integrators as the reference. */
export function signPortalHeaders(
  secret: string,
  identity: PortalIdentity,
  timestampSeconds: number,
  prefix = 'x-portal-',
): Record<string, string> {
  const userName = encodeURIComponent(identity.name);
  const department = identity.departmentCode ?? '';
  const timestamp = String(timestampSeconds);
  return {
    [`${prefix}user-id`]: identity.employeeNumber,
    [`${prefix}user-name`]: userName,
    [`${prefix}department`]: department,
    [`${prefix}timestamp`]: timestamp,
    [`${prefix}signature`]: portalSignature(secret, identity.employeeNumber, userName, department, timestamp),
  };
}

export function verifyPortalHeaders(
  headers: HeaderBag,
  options: { secret: string; prefix: string; maxAgeSeconds: number; nowSeconds: number },
): PortalVerification {
  const { prefix } = options;
  const userId = single(headers, `${prefix}user-id`);
  const signature = single(headers, `${prefix}signature`);
  if (userId === undefined && signature === undefined) return { outcome: 'absent' };
  const userName = single(headers, `${prefix}user-name`);
  const department = single(headers, `${prefix}department`) ?? '';
  const timestamp = single(headers, `${prefix}timestamp`);
  if (
    userId === undefined ||
    userId === '' ||
    userName === undefined ||
    timestamp === undefined ||
    signature === undefined
  ) {
    return { outcome: 'invalid', reason: 'sso_headers_missing' };
  }
  const expected = Buffer.from(
    portalSignature(options.secret, userId, userName, department, timestamp),
    'hex',
  );
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { outcome: 'invalid', reason: 'sso_signature_invalid' };
  }
  const signedAt = Number(timestamp);
  // A small allowance for clocks running ahead; replays older than the window are refused.
  if (
    !Number.isInteger(signedAt) ||
    options.nowSeconds - signedAt > options.maxAgeSeconds ||
    signedAt - options.nowSeconds > 5
  ) {
    return { outcome: 'invalid', reason: 'sso_timestamp_expired' };
  }
  let name: string;
  try {
    name = decodeURIComponent(userName).trim();
  } catch {
    return { outcome: 'invalid', reason: 'sso_headers_missing' };
  }
  if (name === '' || !/^[0-9A-Za-z_-]{1,40}$/.test(userId))
    return { outcome: 'invalid', reason: 'sso_headers_missing' };
  return {
    outcome: 'valid',
    identity: {
      employeeNumber: userId,
      name: name.normalize('NFC'),
      departmentCode: department === '' ? null : department,
    },
  };
}
