import type { KnowledgeCollection, KnowledgeDocument } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { LoadingState } from '../../components/loading-state';
import { hasPendingDocuments } from './document-status';
import { DocumentSummaryDialog } from './document-summary-dialog';
import { DocumentsTable } from './documents-table';
import { deleteDocument, documentListQuery, knowledgeKeys, retryDocument } from './knowledge-queries';
import { UploadList } from './upload-list';
import { UploadZone } from './upload-zone';
import type { useDocumentUploads } from './use-document-uploads';

export interface DocumentsTabProps {
  collection: KnowledgeCollection;
  /** Owned by the page, so switching tabs does not cancel uploads. */
  uploads: ReturnType<typeof useDocumentUploads>;
}

/** 문서: the upload zone (for managers), the files being sent, and the documents with their reading status. */
export function DocumentsTab({ collection, uploads }: DocumentsTabProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const documents = useQuery(documentListQuery(collection.id));
  const [pendingDelete, setPendingDelete] = useState<KnowledgeDocument | null>(null);
  const [summarizing, setSummarizing] = useState<KnowledgeDocument | null>(null);
  const pending = hasPendingDocuments(documents.data ?? []);
  const wasPending = useRef(false);

  // When the last document is read, the collection's counts change: fetch them again.
  useEffect(() => {
    if (wasPending.current && !pending) {
      void queryClient.invalidateQueries({ queryKey: knowledgeKeys.collections() });
    }
    wasPending.current = pending;
  }, [pending, queryClient]);

  const refreshAfterChange = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: knowledgeKeys.documents(collection.id) }),
      queryClient.invalidateQueries({ queryKey: knowledgeKeys.collections() }),
    ]);
  };

  const remove = useMutation({
    mutationFn: (document: KnowledgeDocument) => deleteDocument(document.id),
    onSuccess: async (_, document) => {
      setPendingDelete(null);
      queryClient.setQueryData<{ documents: KnowledgeDocument[] }>(
        knowledgeKeys.documents(collection.id),
        (list) =>
          list === undefined ? list : { documents: list.documents.filter((item) => item.id !== document.id) },
      );
      await refreshAfterChange();
    },
  });

  const retry = useMutation({
    mutationFn: (document: KnowledgeDocument) => retryDocument(document.id),
    onSuccess: async (updated) => {
      queryClient.setQueryData<{ documents: KnowledgeDocument[] }>(
        knowledgeKeys.documents(collection.id),
        (list) =>
          list === undefined
            ? list
            : { documents: list.documents.map((item) => (item.id === updated.id ? updated : item)) },
      );
      await refreshAfterChange();
    },
  });

  const processing = (documents.data ?? []).filter(
    (document) => document.status === 'queued' || document.status === 'processing',
  ).length;

  return (
    <div>
      {collection.canManage && (
        <>
          <UploadZone onFiles={uploads.add} />
          <UploadList
            entries={uploads.entries}
            onDismiss={uploads.dismiss}
            onClearFinished={uploads.clearFinished}
          />
        </>
      )}

      <section aria-labelledby="knowledge-documents-heading" className="mt-8">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="knowledge-documents-heading" className="text-lg font-semibold text-slate-900">
            {t('knowledge.documents.heading')}
          </h2>
          <p role="status" className="text-xs text-slate-600">
            {processing > 0 ? t('knowledge.documents.processingNotice', { count: processing }) : ''}
          </p>
        </div>
        {retry.isError && (
          <Alert tone="error" className="mb-3">
            {retry.error.message}
          </Alert>
        )}
        {documents.isPending && <LoadingState />}
        {documents.isError && <Alert tone="error">{documents.error.message}</Alert>}
        {documents.isSuccess && documents.data.length === 0 && (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
            {collection.canManage ? t('knowledge.documents.emptyManager') : t('knowledge.documents.empty')}
          </p>
        )}
        {documents.isSuccess && documents.data.length > 0 && (
          <DocumentsTable
            collectionName={collection.name}
            documents={documents.data}
            canManage={collection.canManage}
            retryingId={retry.isPending ? retry.variables.id : null}
            onRetry={(document) => retry.mutate(document)}
            onSummarize={setSummarizing}
            onDelete={(document) => {
              remove.reset();
              setPendingDelete(document);
            }}
          />
        )}
      </section>

      <DocumentSummaryDialog
        collection={collection}
        document={summarizing}
        onClose={() => setSummarizing(null)}
      />

      <ConfirmDialog
        open={pendingDelete !== null}
        title={t('knowledge.documents.deleteConfirmTitle')}
        message={t('knowledge.documents.deleteConfirmBody', { name: pendingDelete?.fileName ?? '' })}
        confirmLabel={t('common.delete')}
        pendingLabel={t('common.deleting')}
        pending={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={() => {
          if (pendingDelete !== null) {
            remove.mutate(pendingDelete);
          }
        }}
        onCancel={() => setPendingDelete(null)}
      />
    </div>
  );
}
