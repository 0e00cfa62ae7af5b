import type { KnowledgeDocument } from '@jumugwan/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError } from '../../api/api-error';
import { knowledgeKeys, uploadDocument } from './knowledge-queries';
import { createTaskQueue, type TaskQueue } from './task-queue';
import { mergeDocuments, uploadOutcome } from './upload-outcome';

/** Files sent at the same time; the rest wait their turn. */
export const uploadConcurrency = 3;

export type UploadState =
  | { phase: 'waiting' }
  | { phase: 'uploading'; fraction: number }
  | { phase: 'done' }
  | { phase: 'refused'; message: string }
  | { phase: 'failed'; message: string };

export interface UploadEntry {
  id: number;
  fileName: string;
  size: number;
  state: UploadState;
}

interface UploadTask {
  id: number;
  file: File;
}

export function isFinishedUpload(entry: UploadEntry): boolean {
  return entry.state.phase !== 'waiting' && entry.state.phase !== 'uploading';
}

/**
 * Uploads files to a collection, each in its own request with its own byte progress, three at a time.
 * A refused or failed file keeps its Korean reason in the list and never stops the others. Accepted
 * files appear in the documents list at once, whose polling then shows how their reading goes.
 * Leaving the collection cancels the uploads still running.
 */
export function useDocumentUploads(collectionId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState<UploadEntry[]>([]);
  const queueRef = useRef<TaskQueue<UploadTask> | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const nextIdRef = useRef(1);

  useEffect(() => {
    const controller = new AbortController();
    abortRef.current = controller;
    return () => {
      controller.abort();
      queueRef.current?.clear();
    };
  }, []);

  const setState = (id: number, state: UploadState) =>
    setEntries((current) => current.map((entry) => (entry.id === id ? { ...entry, state } : entry)));

  const showDocuments = (documents: KnowledgeDocument[]) => {
    queryClient.setQueryData<{ documents: KnowledgeDocument[] }>(
      knowledgeKeys.documents(collectionId),
      (list) => (list === undefined ? list : { documents: mergeDocuments(list.documents, documents) }),
    );
    void queryClient.invalidateQueries({ queryKey: knowledgeKeys.documents(collectionId) });
    void queryClient.invalidateQueries({ queryKey: knowledgeKeys.collections() });
  };

  const upload = async ({ id, file }: UploadTask) => {
    const signal = abortRef.current?.signal;
    if (signal === undefined || signal.aborted) {
      return;
    }
    setState(id, { phase: 'uploading', fraction: 0 });
    try {
      const response = await uploadDocument(
        collectionId,
        file,
        (fraction) => setState(id, { phase: 'uploading', fraction }),
        signal,
      );
      const outcome = uploadOutcome(response);
      if (outcome.kind === 'accepted') {
        setState(id, { phase: 'done' });
        showDocuments(outcome.documents);
      } else if (outcome.kind === 'refused') {
        setState(id, { phase: 'refused', message: outcome.message });
      } else {
        setState(id, { phase: 'failed', message: t('errors.invalidResponse') });
      }
    } catch (error) {
      if (isAbortError(error)) {
        return;
      }
      setState(id, { phase: 'failed', message: isApiError(error) ? error.message : t('errors.network') });
    }
  };

  const add = (files: readonly File[]) => {
    if (files.length === 0) {
      return;
    }
    const tasks = files.map((file) => {
      const id = nextIdRef.current;
      nextIdRef.current += 1;
      return { id, file };
    });
    setEntries((current) => [
      ...current,
      ...tasks.map(({ id, file }) => ({
        id,
        fileName: file.name,
        size: file.size,
        state: { phase: 'waiting' } as const,
      })),
    ]);
    queueRef.current ??= createTaskQueue(uploadConcurrency, (task: UploadTask) => upload(task));
    queueRef.current.add(tasks);
  };

  const dismiss = (id: number) => setEntries((current) => current.filter((entry) => entry.id !== id));
  const clearFinished = () => setEntries((current) => current.filter((entry) => !isFinishedUpload(entry)));

  return { entries, add, dismiss, clearFinished };
}
