import { describe, expect, it } from 'vitest';
import { findHelpPage, helpPageIds, helpPages, neighbourPages } from './help-pages';

describe('the manual', () => {
  it('has every page, in order, written in Korean sections', () => {
    expect(helpPages.map((page) => page.id)).toEqual([...helpPageIds]);
    for (const page of helpPages) {
      expect(page.markdown.trim().length, page.id).toBeGreaterThan(200);
      // The page title comes from the interface; the markdown starts with its lead paragraph.
      expect(page.markdown.startsWith('#'), page.id).toBe(false);
      expect(page.markdown, page.id).toMatch(/^## /mu);
      expect(page.markdown, page.id).toMatch(/[가-힣]/u);
    }
  });

  it('has no links: they would leave the app in a new tab, so 바로 가기 does that job', () => {
    for (const page of helpPages) {
      expect(page.markdown, page.id).not.toMatch(/\]\(/u);
    }
  });

  it('finds a page by its address and refuses others', () => {
    expect(findHelpPage('cases')?.feature).toBe('/cases');
    expect(findHelpPage('nothing')).toBeNull();
    expect(findHelpPage('constructor')).toBeNull();
  });

  it('links each page to its neighbours', () => {
    expect(neighbourPages('getting-started')).toMatchObject({ previous: null, next: { id: 'chat' } });
    expect(neighbourPages('api')).toMatchObject({ previous: { id: 'security' }, next: null });
  });
});
