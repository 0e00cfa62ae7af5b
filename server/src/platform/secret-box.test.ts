import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  it('round-trips and detects tampering or a wrong key', () => {
    const box = new SecretBox(randomBytes(32).toString('hex'));
    const sealed = box.seal('sk-provider-키');
    expect(sealed).not.toContain('sk-provider');
    expect(box.open(sealed)).toBe('sk-provider-키');
    const parts = sealed.split('.');
    const tampered = [...parts.slice(0, 3), Buffer.from('other').toString('base64url')].join('.');
    expect(() => box.open(tampered)).toThrow();
    expect(() => new SecretBox(randomBytes(32).toString('hex')).open(sealed)).toThrow();
  });
});
