import type { DraftDocument, DraftVersion } from '@jumugwan/contracts';
import { useId, useState } from 'react';
import type { DraftSource } from './draft-source';
import { exportDocument } from './draft-export';
import { streamStatelessGeneration, type StatelessDraftInput } from './stream-draft';

export interface LocalDraftInput extends StatelessDraftInput {
  templateName: string;
  /** The skeleton from POST /compose. */
  document: DraftDocument;
}

function version(number: number, fields: Omit<DraftVersion, 'number' | 'createdAt'>): DraftVersion {
  return { number, createdAt: new Date().toISOString(), ...fields };
}

/**
 * A draft that may not be stored (retention "none"): its versions live in this page's memory only and
 * are gone when the page closes. The server writes and exports it without keeping anything.
 */
export function useLocalDraftSource(input: LocalDraftInput): DraftSource {
  const key = useId();
  const [versions, setVersions] = useState<DraftVersion[]>(() => [
    version(1, {
      source: 'skeleton',
      instruction: null,
      model: null,
      document: input.document,
      citations: [],
    }),
  ]);
  const latest = versions[versions.length - 1] ?? versions[0];
  if (latest === undefined) throw new Error('a local draft always has its skeleton');

  const append = (fields: Omit<DraftVersion, 'number' | 'createdAt'>) => {
    const next = version(latest.number + 1, fields);
    setVersions((current) => [...current, next]);
    return next;
  };

  return {
    mode: 'local',
    key: `local-${key}`,
    templateId: input.templateId,
    templateName: input.templateName,
    latest,
    versions,
    collectionIds: input.collectionIds,
    loadVersion: (number) => {
      const found = versions.find((candidate) => candidate.number === number);
      return found === undefined
        ? Promise.reject(new Error(`no version ${String(number)}`))
        : Promise.resolve(found);
    },
    save: (document, source) =>
      Promise.resolve(append({ source, instruction: null, model: null, document, citations: [] })),
    generate: ({ model, instruction, document, signal, onEvent }) =>
      streamStatelessGeneration(input, instruction === null ? null : document, {
        model,
        instruction,
        signal,
        onEvent,
      }),
    generated: (result, model, instruction) =>
      append({
        source: instruction === null ? 'generated' : 'revised',
        instruction,
        model,
        document: result.document,
        citations: result.citations,
      }),
    exportFile: (format, document) => exportDocument(input.templateId, document, format, input.templateName),
  };
}
