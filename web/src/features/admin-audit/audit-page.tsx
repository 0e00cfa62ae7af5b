import type { AuditFilters } from '@jumugwan/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminPageFrame } from '../../components/admin-page-frame';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { classNames } from '../../components/class-names';
import { downloadFileName } from '../../components/download-file-name';
import { DownloadIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { saveBlob } from '../../components/save-blob';
import { AuditFilterForm } from './audit-filter-form';
import { auditListQuery, downloadAuditCsv } from './audit-queries';
import { AuditTable } from './audit-table';

const pageSize = 50;

/** /admin/audit: who did what and when, filtered, paged, and as CSV with the same filters. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState(1);
  const events = useQuery(auditListQuery(filters, page, pageSize));
  const total = events.data?.total ?? 0;
  const rows = events.data?.events ?? [];
  const number = new Intl.NumberFormat(i18n.language);

  const download = useMutation({
    mutationFn: () => downloadAuditCsv(filters),
    onSuccess: ({ blob }) => saveBlob(blob, downloadFileName(t('audit.fileBaseName'), new Date(), 'csv')),
  });

  const apply = (next: AuditFilters) => {
    setFilters(next);
    setPage(1);
    download.reset();
  };

  const firstRow = (page - 1) * pageSize + 1;

  return (
    <AdminPageFrame>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        actions={
          <Button variant="secondary" onClick={() => download.mutate()} disabled={download.isPending}>
            <DownloadIcon className="text-base" />
            {download.isPending ? t('audit.downloading') : t('audit.download')}
          </Button>
        }
      />

      <AuditFilterForm onApply={apply} />

      {download.isError && (
        <Alert tone="error" className="mb-4">
          {download.error.message}
        </Alert>
      )}
      {download.data?.truncated === true && (
        <Alert tone="warning" className="mb-4">
          {t('audit.downloadTruncated')}
        </Alert>
      )}

      <p className="mb-2 text-sm text-slate-500" aria-live="polite">
        {events.isSuccess && t('audit.total', { total: number.format(total) })}
      </p>

      {events.isPending && <LoadingState />}
      {events.isError && <Alert tone="error">{events.error.message}</Alert>}
      {events.isSuccess && rows.length === 0 && (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-600">
          {t('audit.empty')}
        </div>
      )}
      {events.isSuccess && rows.length > 0 && (
        <div className={classNames(events.isFetching && 'opacity-70')}>
          <AuditTable events={rows} />
        </div>
      )}

      {total > pageSize && (
        <nav
          aria-label={t('audit.pagination')}
          className="mt-3 flex items-center justify-end gap-3 text-sm text-slate-600"
        >
          <span className="tabular-nums">
            {t('audit.pageRange', {
              from: number.format(firstRow),
              to: number.format(Math.min(page * pageSize, total)),
              total: number.format(total),
            })}
          </span>
          <Button
            variant="secondary"
            size="small"
            disabled={page === 1}
            onClick={() => setPage((current) => Math.max(1, current - 1))}
          >
            {t('audit.previousPage')}
          </Button>
          <Button
            variant="secondary"
            size="small"
            disabled={page * pageSize >= total}
            onClick={() => setPage((current) => current + 1)}
          >
            {t('audit.nextPage')}
          </Button>
        </nav>
      )}
    </AdminPageFrame>
  );
}
