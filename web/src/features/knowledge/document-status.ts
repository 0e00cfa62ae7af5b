import type { DocumentStatus, KnowledgeDocument } from '@jumugwan/contracts';

export type DocumentStatusLabelKey =
  | 'knowledge.documentStatus.queued'
  | 'knowledge.documentStatus.processing'
  | 'knowledge.documentStatus.ready'
  | 'knowledge.documentStatus.failed';

export interface DocumentStatusDisplay {
  /** i18n key of the Korean status (대기, 처리 중 n%, 완료, 실패); `percent` fills the processing one. */
  labelKey: DocumentStatusLabelKey;
  /** 0–100 while queued or processing (a queued document shows an empty bar), otherwise null. */
  percent: number | null;
  tone: 'slate' | 'blue' | 'emerald' | 'red';
}

const labelKeys = {
  queued: 'knowledge.documentStatus.queued',
  processing: 'knowledge.documentStatus.processing',
  ready: 'knowledge.documentStatus.ready',
  failed: 'knowledge.documentStatus.failed',
} as const satisfies Record<DocumentStatus, DocumentStatusLabelKey>;

/** How a document's ingestion state is shown in the documents table. */
export function documentStatusDisplay(
  document: Pick<KnowledgeDocument, 'status' | 'progress'>,
): DocumentStatusDisplay {
  switch (document.status) {
    case 'queued':
      return { labelKey: labelKeys.queued, percent: 0, tone: 'slate' };
    case 'processing':
      return { labelKey: labelKeys.processing, percent: clampPercent(document.progress), tone: 'blue' };
    case 'ready':
      return { labelKey: labelKeys.ready, percent: null, tone: 'emerald' };
    case 'failed':
      return { labelKey: labelKeys.failed, percent: null, tone: 'red' };
  }
}

/** A whole percentage between 0 and 100, whatever the input. */
export function clampPercent(value: number): number {
  if (!Number.isFinite(value)) {
    return 0;
  }
  return Math.max(0, Math.min(100, Math.round(value)));
}

/** Whether the server is still working on any document, i.e. whether the list should keep being polled. */
export function hasPendingDocuments(documents: readonly Pick<KnowledgeDocument, 'status'>[]): boolean {
  return documents.some((document) => document.status === 'queued' || document.status === 'processing');
}

const byteUnits = ['B', 'KB', 'MB', 'GB'] as const;

/** E.g. 512 B, 1.5 KB, 12 MB: one decimal below 10 of a unit, none above. */
export function formatBytes(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unitIndex = 0;
  while (value >= 1024 && unitIndex < byteUnits.length - 1) {
    value /= 1024;
    unitIndex += 1;
  }
  const digits = unitIndex === 0 || value >= 10 ? 0 : 1;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return `${number.format(value)} ${byteUnits[unitIndex] ?? 'B'}`;
}
