import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './safe-redirect-target';

describe('safeRedirectTarget', () => {
  it('keeps same-site paths', () => {
    expect(safeRedirectTarget('/chat/abc?x=1')).toBe('/chat/abc?x=1');
    expect(safeRedirectTarget('/admin/org')).toBe('/admin/org');
    expect(safeRedirectTarget('/loginhistory')).toBe('/loginhistory');
  });

  it('refuses other sites and the sign-in pages', () => {
    for (const target of [
      undefined,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil',
      '/login',
      '/setup?a=1',
    ]) {
      expect(safeRedirectTarget(target)).toBe('/chat');
    }
  });
});
