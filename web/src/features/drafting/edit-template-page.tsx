import type { DraftTemplateDetail } from '@jumugwan/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminPageFrame } from '../../components/admin-page-frame';
import { Alert } from '../../components/alert';
import { buttonClassName } from '../../components/button';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { BackToTemplatesLink } from './back-to-templates-link';
import { templateDetailQuery } from './drafting-queries';
import { TemplateEditor } from './template-editor';
import { templateJson } from './template-json';
import { TemplateVersionList } from './template-version-list';

const editTemplateRoute = getRouteApi('/_app/admin/drafting-templates/$templateId/edit');

/** /admin/drafting-templates/$templateId/edit: an institution template's JSON, preview and versions. */
export function EditTemplatePage() {
  const { templateId } = editTemplateRoute.useParams();
  const detail = useQuery(templateDetailQuery(templateId));
  return (
    <AdminPageFrame>
      <BackToTemplatesLink />
      {detail.isPending && <LoadingState />}
      {detail.isError && <Alert tone="error">{detail.error.message}</Alert>}
      {detail.isSuccess && <EditTemplateContent key={templateId} detail={detail.data} />}
    </AdminPageFrame>
  );
}

function EditTemplateContent({ detail }: { detail: DraftTemplateDetail }) {
  const { t } = useTranslation();
  const { saved } = editTemplateRoute.useSearch();
  const navigate = editTemplateRoute.useNavigate();
  const queryClient = useQueryClient();
  // The editor starts from the latest version, or from an older one the admin loaded.
  const [base, setBase] = useState<{ version: number; text: string } | null>(null);
  const [loading, setLoading] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { template } = detail;

  const load = async (version: number) => {
    setLoading(version);
    setLoadError(null);
    try {
      const older = await queryClient.query(templateDetailQuery(template.id, version));
      setBase({ version, text: templateJson(older.template) });
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : String(error));
    } finally {
      setLoading(null);
    }
  };

  if (detail.builtIn) {
    return (
      <>
        <PageHeader title={template.name} />
        <Alert tone="info">{t('drafting.admin.builtInReadOnly')}</Alert>
        <Link
          to="/admin/drafting-templates/new"
          search={{ from: template.id }}
          className={`${buttonClassName('primary')} mt-4`}
        >
          {t('drafting.admin.copy')}
        </Link>
      </>
    );
  }

  const notice =
    base !== null
      ? t('drafting.templateEditor.loaded', { number: base.version })
      : saved !== undefined
        ? t('drafting.templateEditor.saved', { version: saved })
        : null;

  return (
    <>
      <PageHeader
        title={t('drafting.templateEditor.editTitle', { name: template.name })}
        description={t('drafting.templateEditor.description')}
      />
      {loadError !== null && (
        <Alert tone="error" className="mb-4">
          {loadError}
        </Alert>
      )}
      <TemplateEditor
        key={base?.version ?? 'latest'}
        initialText={base?.text ?? templateJson(template)}
        savedText={templateJson(template)}
        existing={detail}
        notice={notice}
        // The note about the version made on the new-template page is stale once another is saved.
        onSaved={() => void navigate({ search: {}, replace: true })}
      />
      <div className="mt-6 max-w-xl">
        <TemplateVersionList
          versions={detail.versions}
          latest={template.version}
          shown={base?.version ?? template.version}
          onLoad={(version) => void load(version)}
          loading={loading}
        />
      </div>
    </>
  );
}
