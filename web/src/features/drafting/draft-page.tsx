import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { Alert } from '../../components/alert';
import { LoadingState } from '../../components/loading-state';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { BackToDraftingLink } from './back-to-drafting-link';
import { draftDetailQuery, templateListQuery } from './drafting-queries';
import { StoredDraftEditor } from './stored-draft-editor';

const draftRoute = getRouteApi('/_app/drafting/$draftId');

/** /drafting/$draftId: a saved draft in the editor; `?generate=` starts writing it at once. */
export function DraftPage() {
  const { draftId } = draftRoute.useParams();
  // A fresh editor per draft, so no unsaved text carries over to another one.
  return <DraftView key={draftId} draftId={draftId} />;
}

function DraftView({ draftId }: { draftId: string }) {
  const { t } = useTranslation();
  const search = draftRoute.useSearch();
  const navigate = draftRoute.useNavigate();
  const draft = useQuery(draftDetailQuery(draftId));
  const templates = useQuery(templateListQuery);

  if (draft.isPending) {
    return (
      <PageFrame>
        <LoadingState />
      </PageFrame>
    );
  }
  if (draft.isError) {
    const notFound = isApiError(draft.error) && draft.error.status === 404;
    return (
      <PageFrame>
        <BackToDraftingLink />
        {notFound && (
          <h1 className="mb-3 text-xl font-semibold text-slate-900">{t('drafting.editor.notFound')}</h1>
        )}
        <Alert tone="error">{draft.error.message}</Alert>
      </PageFrame>
    );
  }
  const templateName =
    templates.data?.find((template) => template.id === draft.data.templateId)?.name ?? draft.data.templateId;
  return (
    <PageFrame>
      <BackToDraftingLink />
      <PageHeader title={t('drafting.editor.heading', { name: templateName })} />
      <StoredDraftEditor
        detail={draft.data}
        templateName={templateName}
        autoGenerate={search.generate ?? null}
        onAutoGenerateStarted={() => void navigate({ search: {}, replace: true })}
      />
    </PageFrame>
  );
}
