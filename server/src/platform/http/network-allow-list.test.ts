import { describe, expect, it } from 'vitest';
import { NetworkAllowList } from './network-allow-list.js';

describe('NetworkAllowList', () => {
  const list = new NetworkAllowList(['10.0.0.0/8', '192.168.1.0/24', '::1/128', '203.0.113.5']);
  it.each([
    ['10.1.2.3', true],
    ['::ffff:10.1.2.3', true],
    ['192.168.1.200', true],
    ['192.168.2.1', false],
    ['::1', true],
    ['203.0.113.5', true],
    ['203.0.113.6', false],
    ['8.8.8.8', false],
    ['not-an-address', false],
  ])('%s → %s', (address, allowed) => {
    expect(list.allows(address)).toBe(allowed);
  });
});
