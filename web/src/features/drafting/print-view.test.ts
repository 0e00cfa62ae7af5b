import { describe, expect, it } from 'vitest';
import { withoutScripts } from './print-view';

describe('withoutScripts', () => {
  it('puts the no-script policy first in the head', () => {
    expect(withoutScripts('<!doctype html><html><head lang="ko"><title>초안</title></head></html>')).toBe(
      '<!doctype html><html><head lang="ko"><meta http-equiv="Content-Security-Policy" content="script-src \'none\'; object-src \'none\'"><title>초안</title></head></html>',
    );
  });

  it('puts it at the start when there is no head', () => {
    expect(withoutScripts('<p>본문</p>')).toMatch(
      /^<meta http-equiv="Content-Security-Policy"[^>]*><p>본문<\/p>$/u,
    );
  });

  it('does not take <header> for <head>', () => {
    expect(withoutScripts('<header>머리</header>')).toMatch(/^<meta /u);
  });
});
