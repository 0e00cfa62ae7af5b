import type { TranslationShape } from './translation-shape';

export const helpEn: TranslationShape['help'] = {
  nav: 'Help',
  title: 'Help',
  description:
    'The AI Jumugwan manual. Read the short guide for a feature and start right away. (The guides are in Korean.)',
  startHeading: 'New here?',
  startBody: 'Signing in, confirming the guidelines and finding your way around take three minutes.',
  topicsHeading: 'Guides by feature',
  sidebar: 'Guidelines and cases',
  guidelinesHeading: 'AI use guidelines',
  guidelinesBody:
    'The principles for using AI at work, and the checklist to go through before using an answer.',
  guidelinesLink: 'See the guidelines and your confirmation',
  popularCases: 'Most liked use cases',
  allCases: 'All use cases',
  noCases: 'No case is published yet.',
  back: 'Back to Help',
  contents: 'Manual contents',
  neighbours: 'Previous and next guides',
  previous: '← {{title}}',
  next: '{{title}} →',
  open: 'Open {{feature}}',
  notFoundTitle: 'Guide not found',
  notFoundBody: 'Its address may have changed. Choose one from the contents.',
  pages: {
    'getting-started': {
      title: 'Getting started',
      summary: 'Signing in, the guidelines, the menus at a glance',
    },
    chat: { title: 'Chat', summary: 'Asking, attaching files, answers grounded in knowledge collections' },
    knowledge: { title: 'Knowledge Q&A', summary: 'Collecting documents, finding passages with sources' },
    drafting: { title: 'Drafting', summary: 'Official documents from templates: write, revise, export' },
    translate: { title: 'Translate', summary: 'Texts and documents, paragraph by paragraph' },
    images: { title: 'Images', summary: 'Images from a description' },
    assistants: { title: 'Assistants', summary: 'Task-specific AI: use one or make your own' },
    cases: { title: 'Use cases', summary: 'Colleagues’ cases, sharing yours, review and publishing' },
    usage: { title: 'Usage and budgets', summary: 'Your use, its cost and the budgets that apply' },
    security: {
      title: 'Security and privacy',
      summary: 'Internal and external models, personal data, records',
    },
    api: { title: 'API for other systems', summary: 'The OpenAI-compatible API and API keys' },
  },
};
