import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password-hash.js';

describe('password hashing', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const first = await hashPassword('행정안전부-비밀번호-1');
    const second = await hashPassword('행정안전부-비밀번호-1');
    expect(first).not.toBe(second);
    expect(first).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('행정안전부-비밀번호-1', first)).toBe(true);
    expect(await verifyPassword('행정안전부-비밀번호-2', first)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });
});
