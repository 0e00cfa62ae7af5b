import type { ChatAttachment } from '@jumugwan/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError } from '../../../api/api-error';
import {
  attachmentProblem,
  readyAttachments,
  restoredAttachments,
  type ComposerAttachment,
} from './composer-attachments';
import { uploadAttachment } from './upload-attachment';

/** The composer's files: each is uploaded for its text at once, with progress; removing one cancels it. */
export function useComposerAttachments() {
  const { t } = useTranslation();
  const [attachments, setAttachments] = useState<readonly ComposerAttachment[]>([]);
  const uploadsRef = useRef(new Map<string, AbortController>());

  useEffect(() => {
    const uploads = uploadsRef.current;
    return () => {
      for (const controller of uploads.values()) {
        controller.abort();
      }
    };
  }, []);

  const update = useCallback((id: string, change: (attachment: ComposerAttachment) => ComposerAttachment) => {
    setAttachments((current) =>
      current.map((attachment) => (attachment.id === id ? change(attachment) : attachment)),
    );
  }, []);

  const upload = useCallback(
    async (id: string, file: File) => {
      const controller = new AbortController();
      uploadsRef.current.set(id, controller);
      try {
        const extracted = await uploadAttachment(
          file,
          (fraction) => update(id, (attachment) => ({ ...attachment, fraction })),
          controller.signal,
        );
        update(id, () => ({
          id,
          status: 'ready',
          name: extracted.name,
          characters: extracted.characters,
          text: extracted.text,
          internal: true,
        }));
      } catch (error) {
        if (!isAbortError(error)) {
          const message = isApiError(error) ? error.message : t('errors.network');
          update(id, (attachment) => ({ id, status: 'failed', name: attachment.name, message }));
        }
      } finally {
        uploadsRef.current.delete(id);
      }
    },
    [t, update],
  );

  const add = useCallback(
    (files: readonly File[]) => {
      let counted = attachments.filter((attachment) => attachment.status !== 'failed').length;
      const added: ComposerAttachment[] = [];
      const uploads: [string, File][] = [];
      for (const file of files) {
        const id = crypto.randomUUID();
        const problem = attachmentProblem(file, counted);
        if (problem === null) {
          counted += 1;
          added.push({ id, status: 'uploading', name: file.name, fraction: 0 });
          uploads.push([id, file]);
        } else {
          const message = problem === 'tooMany' ? t('chat.attachmentTooMany') : t('chat.attachmentTooLarge');
          added.push({ id, status: 'failed', name: file.name, message });
        }
      }
      setAttachments((current) => [...current, ...added]);
      for (const [id, file] of uploads) {
        void upload(id, file);
      }
    },
    [attachments, t, upload],
  );

  const remove = useCallback((id: string) => {
    uploadsRef.current.get(id)?.abort();
    setAttachments((current) => current.filter((attachment) => attachment.id !== id));
  }, []);

  const setInternal = useCallback(
    (id: string, internal: boolean) => {
      update(id, (attachment) => (attachment.status === 'ready' ? { ...attachment, internal } : attachment));
    },
    [update],
  );

  /** After sending: the files went with the question (refused ones are dropped too). */
  const clear = useCallback(() => {
    setAttachments((current) => current.filter((attachment) => attachment.status === 'uploading'));
  }, []);

  const restore = useCallback((files: readonly ChatAttachment[]) => {
    setAttachments((current) =>
      current.some((attachment) => attachment.status !== 'failed')
        ? current
        : restoredAttachments(files, () => crypto.randomUUID()),
    );
  }, []);

  const ready = useMemo(() => readyAttachments(attachments), [attachments]);
  const uploading = attachments.some((attachment) => attachment.status === 'uploading');

  return { attachments, ready, uploading, add, remove, setInternal, clear, restore };
}
