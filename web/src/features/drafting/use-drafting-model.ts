import type { ChatModel, KnowledgeCollection } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { chooseModel } from '../chat/choose-model';
import { chatCollectionsQuery } from '../chat/knowledge-collections-query';
import { availableModelQueries } from '../models/available-model-queries';
import { readDraftingModel, writeDraftingModel } from './draft-model-storage';

export interface DraftingModel {
  models: readonly ChatModel[];
  loading: boolean;
  loadError: string | null;
  /** Null when no model may write this draft (none registered, or only external ones for internal sources). */
  modelId: string | null;
  /** A chosen collection is internal: only on-prem models may read its passages. */
  internal: boolean;
  choose: (modelId: string) => void;
}

/** The chat model that writes the draft, chosen like the chat's picker and remembered for drafting. */
export function useDraftingModel(
  collectionIds: readonly string[],
  preferred: string | null = null,
): DraftingModel {
  const models = useQuery(availableModelQueries.chat);
  const collections = useQuery(chatCollectionsQuery);
  const [picked, setPicked] = useState<string | null>(preferred ?? readDraftingModel);
  const internal = isInternal(collections.data, collectionIds);
  const list = models.data ?? [];
  const chosen = chooseModel(list, picked, internal ? 'internal' : 'normal');
  return {
    models: list,
    loading: models.isPending,
    loadError: models.isError ? models.error.message : null,
    modelId: chosen?.id ?? null,
    internal,
    choose: (modelId) => {
      setPicked(modelId);
      writeDraftingModel(modelId);
    },
  };
}

function isInternal(
  collections: readonly KnowledgeCollection[] | undefined,
  ids: readonly string[],
): boolean {
  return (collections ?? []).some(
    (collection) => ids.includes(collection.id) && collection.sensitivity === 'internal',
  );
}
