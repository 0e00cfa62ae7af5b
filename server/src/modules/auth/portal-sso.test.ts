import { describe, expect, it } from 'vitest';
import { signPortalHeaders, verifyPortalHeaders } from './portal-sso.js';

const secret = 'portal-shared-secret-of-sufficient-length';
const options = { secret, prefix: 'x-portal-', maxAgeSeconds: 60, nowSeconds: 1_800_000_000 };
const identity = { employeeNumber: '2024-0001', name: '홍길동', departmentCode: 'D100' };

describe('portal SSO headers', () => {
  it('accepts what the portal signs, Korean name included', () => {
    const headers = signPortalHeaders(secret, identity, options.nowSeconds);
    expect(headers['x-portal-user-name']).toBe(encodeURIComponent('홍길동'));
    expect(verifyPortalHeaders(headers, options)).toEqual({ outcome: 'valid', identity });
  });

  it('treats requests without portal headers as absent', () => {
    expect(verifyPortalHeaders({ host: 'x' }, options)).toEqual({ outcome: 'absent' });
  });

  it.each([
    ['user-id', 'E0002'],
    ['user-name', encodeURIComponent('임꺽정')],
    ['department', 'D999'],
    ['timestamp', String(options.nowSeconds - 1)],
  ])('refuses a changed %s', (field, value) => {
    const headers = {
      ...signPortalHeaders(secret, identity, options.nowSeconds),
      [`x-portal-${field}`]: value,
    };
    expect(verifyPortalHeaders(headers, options)).toMatchObject({
      outcome: 'invalid',
      reason: 'sso_signature_invalid',
    });
  });

  it('refuses replays older than the window and timestamps from the future', () => {
    const old = signPortalHeaders(secret, identity, options.nowSeconds - 61);
    expect(verifyPortalHeaders(old, options)).toMatchObject({ reason: 'sso_timestamp_expired' });
    const edge = signPortalHeaders(secret, identity, options.nowSeconds - 60);
    expect(verifyPortalHeaders(edge, options).outcome).toBe('valid');
    const future = signPortalHeaders(secret, identity, options.nowSeconds + 30);
    expect(verifyPortalHeaders(future, options)).toMatchObject({ reason: 'sso_timestamp_expired' });
  });

  it('refuses a signature made with another secret and incomplete header sets', () => {
    const other = signPortalHeaders('another-secret-another-secret-123', identity, options.nowSeconds);
    expect(verifyPortalHeaders(other, options)).toMatchObject({ reason: 'sso_signature_invalid' });
    const { ['x-portal-timestamp']: _timestamp, ...withoutTimestamp } = signPortalHeaders(
      secret,
      identity,
      options.nowSeconds,
    );
    expect(verifyPortalHeaders(withoutTimestamp, options)).toMatchObject({ reason: 'sso_headers_missing' });
  });
});
