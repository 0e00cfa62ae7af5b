import { createRoute } from '@tanstack/react-router';
import { CollectionPage } from '../features/knowledge/collection-page';
import { KnowledgePage } from '../features/knowledge/knowledge-page';
import { parseCollectionSearch, parsePassageSearch } from '../features/knowledge/knowledge-search-params';
import { PassagePage } from '../features/knowledge/passage-page';
import { appRoute } from './app-routes';

/** /knowledge: search over every readable collection, and the collections grouped 공통 / 부서 / 개인. */
export const knowledgeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'knowledge',
  component: KnowledgePage,
});

/** A collection's documents, retrieval console and settings (the last two for those who may manage it). */
export const knowledgeCollectionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'knowledge/$collectionId',
  validateSearch: parseCollectionSearch,
  component: CollectionPage,
});

/** A cited passage with its neighbours; `?quote=` marks the span an answer quoted. */
export const knowledgePassageRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'knowledge/passages/$chunkId',
  validateSearch: parsePassageSearch,
  component: PassagePage,
});
