import type { DraftDetail, DraftVersion } from '@jumugwan/contracts';
import { useQueryClient } from '@tanstack/react-query';
import type { DraftSource } from './draft-source';
import { exportDraft } from './draft-export';
import { draftDetailQuery, draftingKeys, draftVersionQuery, saveDraft } from './drafting-queries';
import { streamDraftGeneration } from './stream-draft';

/** A saved draft: every save and every generation is a version on the server. */
export function useStoredDraftSource(detail: DraftDetail, templateName: string): DraftSource {
  const queryClient = useQueryClient();
  const detailKey = draftDetailQuery(detail.id).queryKey;

  const remember = (version: DraftVersion) => {
    queryClient.setQueryData(draftVersionQuery(detail.id, version.number).queryKey, version);
  };
  const listChanged = () => queryClient.invalidateQueries({ queryKey: draftingKeys.drafts(), exact: true });

  return {
    mode: 'stored',
    key: detail.id,
    templateId: detail.templateId,
    templateName,
    latest: detail.latest,
    versions: detail.versions,
    collectionIds: detail.collectionIds,
    loadVersion: (number) =>
      number === detail.latest.number
        ? Promise.resolve(detail.latest)
        : queryClient.query(draftVersionQuery(detail.id, number)),
    save: async (document, source) => {
      const saved = await saveDraft(detail.id, document, source);
      queryClient.setQueryData(detailKey, saved);
      remember(saved.latest);
      void listChanged();
      return saved.latest;
    },
    generate: ({ model, instruction, signal, onEvent }) =>
      streamDraftGeneration(detail.id, { model, instruction, signal, onEvent }),
    generated: (result, model, instruction) => {
      // The server saved the result; a version is missing only from a server that does not say it.
      const version: DraftVersion = result.version ?? {
        number: detail.latest.number + 1,
        source: instruction === null ? 'generated' : 'revised',
        instruction,
        model,
        document: result.document,
        citations: result.citations,
        createdAt: new Date().toISOString(),
      };
      remember(version);
      queryClient.setQueryData(detailKey, (current) =>
        current === undefined
          ? current
          : {
              ...current,
              latest: version,
              versions: [
                ...current.versions.filter((existing) => existing.number !== version.number),
                {
                  number: version.number,
                  source: version.source,
                  instruction: version.instruction,
                  model: version.model,
                  createdAt: version.createdAt,
                },
              ],
              updatedAt: version.createdAt,
            },
      );
      void queryClient.invalidateQueries({ queryKey: detailKey, exact: true });
      void listChanged();
      return version;
    },
    exportFile: (format, _document, version) => exportDraft(detail.id, format, version, templateName),
  };
}
