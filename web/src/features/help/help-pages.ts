import type { LinkProps } from '@tanstack/react-router';
import apiMarkdown from './pages/api.md?raw';
import assistantsMarkdown from './pages/assistants.md?raw';
import casesMarkdown from './pages/cases.md?raw';
import chatMarkdown from './pages/chat.md?raw';
import draftingMarkdown from './pages/drafting.md?raw';
import gettingStartedMarkdown from './pages/getting-started.md?raw';
import imagesMarkdown from './pages/images.md?raw';
import knowledgeMarkdown from './pages/knowledge.md?raw';
import securityMarkdown from './pages/security.md?raw';
import translateMarkdown from './pages/translate.md?raw';
import usageMarkdown from './pages/usage.md?raw';

/** The manual's pages, in reading order; `/help/$pageId` shows one. */
export const helpPageIds = [
  'getting-started',
  'chat',
  'knowledge',
  'drafting',
  'translate',
  'images',
  'assistants',
  'cases',
  'usage',
  'security',
  'api',
] as const;
export type HelpPageId = (typeof helpPageIds)[number];

export interface HelpPage {
  id: HelpPageId;
  /** The page in Korean markdown (## sections, no # title: the page names itself). */
  markdown: string;
  /** Where the feature is, for 바로 가기; none for pages about the whole platform. */
  feature: LinkProps['to'] | null;
}

const pages: Record<HelpPageId, HelpPage> = {
  'getting-started': { id: 'getting-started', markdown: gettingStartedMarkdown, feature: null },
  chat: { id: 'chat', markdown: chatMarkdown, feature: '/chat' },
  knowledge: { id: 'knowledge', markdown: knowledgeMarkdown, feature: '/knowledge' },
  drafting: { id: 'drafting', markdown: draftingMarkdown, feature: '/drafting' },
  translate: { id: 'translate', markdown: translateMarkdown, feature: '/translate' },
  images: { id: 'images', markdown: imagesMarkdown, feature: '/images' },
  assistants: { id: 'assistants', markdown: assistantsMarkdown, feature: '/assistants' },
  cases: { id: 'cases', markdown: casesMarkdown, feature: '/cases' },
  usage: { id: 'usage', markdown: usageMarkdown, feature: '/usage' },
  security: { id: 'security', markdown: securityMarkdown, feature: '/guidelines' },
  api: { id: 'api', markdown: apiMarkdown, feature: null },
};

export const helpPages: readonly HelpPage[] = helpPageIds.map((id) => pages[id]);

/** The page of a `/help/$pageId` address, or null for an unknown id. */
export function findHelpPage(id: string): HelpPage | null {
  const known = helpPageIds.find((pageId) => pageId === id);
  return known === undefined ? null : pages[known];
}

/** The pages before and after one, for 이전 / 다음 at the bottom of a page. */
export function neighbourPages(id: HelpPageId): { previous: HelpPage | null; next: HelpPage | null } {
  const index = helpPageIds.indexOf(id);
  const previous = helpPageIds[index - 1];
  const next = helpPageIds[index + 1];
  return {
    previous: previous === undefined ? null : pages[previous],
    next: next === undefined ? null : pages[next],
  };
}
