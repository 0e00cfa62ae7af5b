import type { ExtractedParagraphs } from '@jumugwan/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError } from '../../api/api-error';
import { checkSourceFile } from './check-source-file';
import { extractParagraphs } from './translate-queries';

export type SourceFileStatus =
  | { phase: 'idle' }
  | { phase: 'uploading'; fraction: number }
  | { phase: 'loaded'; fileName: string; count: number }
  | { phase: 'failed'; message: string };

/** Uploads a .txt/.docx for its paragraphs, with progress; a new file or leaving the page cancels the old one. */
export function useSourceFileUpload(onLoaded: (extracted: ExtractedParagraphs) => void) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<SourceFileStatus>({ phase: 'idle' });
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => () => abortRef.current?.abort(), []);

  const load = async (file: File) => {
    const problem = checkSourceFile(file.name, file.size);
    if (problem !== null) {
      setStatus({
        phase: 'failed',
        message: problem === 'tooLarge' ? t('translate.fileTooLarge') : t('translate.fileWrongType'),
      });
      return;
    }
    abortRef.current?.abort();
    const abortController = new AbortController();
    abortRef.current = abortController;
    setStatus({ phase: 'uploading', fraction: 0 });
    try {
      const extracted = await extractParagraphs(
        file,
        (fraction) => setStatus({ phase: 'uploading', fraction }),
        abortController.signal,
      );
      const count = extracted.paragraphs.filter((paragraph) => paragraph.trim() !== '').length;
      if (count === 0) {
        setStatus({ phase: 'failed', message: t('translate.fileEmpty') });
        return;
      }
      onLoaded(extracted);
      setStatus({ phase: 'loaded', fileName: extracted.fileName, count });
    } catch (error) {
      if (isAbortError(error)) {
        return;
      }
      setStatus({ phase: 'failed', message: isApiError(error) ? error.message : t('errors.network') });
    } finally {
      if (abortRef.current === abortController) {
        abortRef.current = null;
      }
    }
  };

  return { status, load, clear: () => setStatus({ phase: 'idle' }) };
}
