import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { LoadingState } from '../../components/loading-state';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { CaseForm } from './case-form';
import { BackToCases } from './case-page';
import { caseDetailQuery } from './case-queries';
import { CaseStatusBadge } from './case-status-badge';

const editCaseRoute = getRouteApi('/_app/cases/$caseId/edit');

/** /cases/$caseId/edit: the author changes a case that is not published yet (or sends it back after 보완 요청). */
export function EditCasePage() {
  const { t } = useTranslation();
  const { caseId } = editCaseRoute.useParams();
  // Fetched fresh: the form starts from what the server holds now.
  const detail = useQuery({ ...caseDetailQuery(caseId), staleTime: 0 });

  return (
    <PageFrame>
      <BackToCases />
      <PageHeader
        title={t('cases.form.editTitle')}
        actions={detail.isSuccess ? <CaseStatusBadge status={detail.data.status} /> : undefined}
      />
      {detail.isPending && <LoadingState />}
      {detail.isError && <Alert tone="error">{detail.error.message}</Alert>}
      {detail.isSuccess &&
        (detail.data.canEdit ? (
          <div className="max-w-3xl space-y-4">
            {detail.data.status === 'returned' && detail.data.reviewNote !== null && (
              <Alert tone="warning">
                <p className="font-medium">{t('cases.detail.returned')}</p>
                <p className="mt-1 whitespace-pre-wrap">{detail.data.reviewNote}</p>
              </Alert>
            )}
            <CaseForm key={detail.data.id} existing={detail.data} />
          </div>
        ) : (
          <Alert tone="info">{t('cases.form.cannotEdit')}</Alert>
        ))}
    </PageFrame>
  );
}
