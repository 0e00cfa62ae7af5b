import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError } from '../../api/api-error';
import { uploadCaseAttachment } from './case-queries';

export type CaseFileState =
  { phase: 'waiting' } | { phase: 'uploading'; fraction: number } | { phase: 'failed'; message: string };

export interface CaseFileEntry {
  id: number;
  file: File;
  state: CaseFileState;
}

/**
 * Files chosen on the form wait here until the case is saved (a new case has no id to attach them to
 * before). Saving sends them one by one with their byte progress; each sent file leaves the list, a refused
 * one stays with the server's reason so the user can remove it or try again. Leaving the page cancels.
 */
export function useCaseFileUploads() {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<CaseFileEntry[]>([]);
  const abortRef = useRef<AbortController | null>(null);
  const nextIdRef = useRef(1);

  useEffect(() => {
    const controller = new AbortController();
    abortRef.current = controller;
    return () => controller.abort();
  }, []);

  const setState = (id: number, state: CaseFileState) =>
    setEntries((current) => current.map((entry) => (entry.id === id ? { ...entry, state } : entry)));

  const add = (files: readonly File[]) => {
    const added = files.map((file) => {
      const id = nextIdRef.current;
      nextIdRef.current += 1;
      return { id, file, state: { phase: 'waiting' } as const };
    });
    setEntries((current) => [...current, ...added]);
  };

  const remove = (id: number) => setEntries((current) => current.filter((entry) => entry.id !== id));

  /** Sends every waiting or failed file to the case; true when all arrived. */
  const uploadAll = async (caseId: string, pending: readonly CaseFileEntry[]): Promise<boolean> => {
    let allSent = true;
    for (const entry of pending) {
      const signal = abortRef.current?.signal;
      if (signal === undefined || signal.aborted) return false;
      setState(entry.id, { phase: 'uploading', fraction: 0 });
      try {
        await uploadCaseAttachment(
          caseId,
          entry.file,
          (fraction) => setState(entry.id, { phase: 'uploading', fraction }),
          signal,
        );
        remove(entry.id);
      } catch (error) {
        if (isAbortError(error)) return false;
        allSent = false;
        setState(entry.id, {
          phase: 'failed',
          message: isApiError(error) ? error.message : t('errors.network'),
        });
      }
    }
    return allSent;
  };

  return {
    entries,
    add,
    remove,
    uploadAll,
    uploading: entries.some((entry) => entry.state.phase === 'uploading'),
  };
}
