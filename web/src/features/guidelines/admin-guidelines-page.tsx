import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminPageFrame } from '../../components/admin-page-frame';
import { Alert } from '../../components/alert';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { AcknowledgementStats } from './acknowledgement-stats';
import { guidelinesStatusQuery } from './guideline-queries';
import { GuidelinesEditor } from './guidelines-editor';

/** /admin/guidelines: edit and publish the AI use guidelines, and see who acknowledged them. */
export function AdminGuidelinesPage() {
  const { t } = useTranslation();
  const status = useQuery(guidelinesStatusQuery);
  const [published, setPublished] = useState<number | null>(null);

  return (
    <AdminPageFrame>
      <PageHeader
        title={t('guidelines.admin.pageTitle')}
        description={t('guidelines.admin.description')}
        actions={
          <Link to="/guidelines" className="text-sm font-medium text-blue-700 underline underline-offset-2">
            {t('guidelines.admin.viewAsStaff')}
          </Link>
        }
      />
      {published !== null && (
        <Alert tone="success" className="mb-6">
          {t('guidelines.admin.published', { version: published })}
        </Alert>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          {status.isPending && <LoadingState />}
          {status.isError && <Alert tone="error">{status.error.message}</Alert>}
          {status.isSuccess && (
            <GuidelinesEditor
              // A new version starts a fresh form from what is now published.
              key={status.data.current.version}
              content={status.data.current.content}
              version={status.data.current.version}
              onPublished={setPublished}
            />
          )}
        </div>
        <aside className="min-w-0">
          <AcknowledgementStats />
        </aside>
      </div>
    </AdminPageFrame>
  );
}
