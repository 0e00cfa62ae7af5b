export { extractParagraphs, splitParagraphs } from './extract-paragraphs.js';
export { paragraphsDocument } from './paragraphs-document.js';
export { registerTranslationRoutes } from './translation-routes.js';
