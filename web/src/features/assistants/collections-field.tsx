import type { KnowledgeCollection } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { KnowledgeChips, KnowledgePicker } from '../chat/knowledge-picker';

export interface CollectionsFieldProps {
  id: string;
  /** Every collection id of the definition, including those the editor may not read. */
  collectionIds: readonly string[];
  onChange: (ids: string[]) => void;
  /** The collections the editor may read; undefined while loading. */
  collections: readonly KnowledgeCollection[] | undefined;
  loadError: Error | null;
  error: string | null;
}

/**
 * 지식 모음: the chat's picker and chips. Collections of the assistant the editor may not read are not
 * shown but kept as they are, and counted.
 */
export function CollectionsField({
  id,
  collectionIds,
  onChange,
  collections,
  loadError,
  error,
}: CollectionsFieldProps) {
  const { t } = useTranslation();
  const readable = new Set((collections ?? []).map((collection) => collection.id));
  const hiddenIds =
    collections === undefined ? [] : collectionIds.filter((collectionId) => !readable.has(collectionId));
  const visibleIds = collectionIds.filter((collectionId) => !hiddenIds.includes(collectionId));
  const chosen = (collections ?? []).filter((collection) => visibleIds.includes(collection.id));
  const unavailable =
    loadError !== null && isApiError(loadError) && (loadError.status === 403 || loadError.status === 404);

  return (
    <div id={id}>
      <p className="mb-1.5 text-sm font-medium text-slate-700">{t('assistants.editor.collections')}</p>
      <p className="mb-2 text-xs text-slate-500">{t('assistants.editor.collectionsHint')}</p>
      {unavailable ? (
        <p className="text-sm text-slate-500">{t('assistants.editor.collectionsUnavailable')}</p>
      ) : (
        <>
          <KnowledgeChips
            collections={chosen}
            onRemove={(removed) => onChange(collectionIds.filter((collectionId) => collectionId !== removed))}
          />
          <KnowledgePicker
            collections={collections}
            loadError={loadError?.message ?? null}
            chosenIds={visibleIds}
            onChange={(ids) => onChange([...hiddenIds, ...ids])}
          />
        </>
      )}
      {hiddenIds.length > 0 && (
        <p className="mt-2 text-xs text-slate-500">
          {t('assistants.editor.hiddenCollectionsKept', { value: hiddenIds.length })}
        </p>
      )}
      {error !== null && <p className="mt-1.5 text-xs font-medium text-red-700">{error}</p>}
    </div>
  );
}
