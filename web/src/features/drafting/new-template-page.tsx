import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AdminPageFrame } from '../../components/admin-page-frame';
import { Alert } from '../../components/alert';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { BackToTemplatesLink } from './back-to-templates-link';
import { templateDetailQuery, templateListQuery } from './drafting-queries';
import { starterTemplate, templateCopy } from './template-copy';
import { TemplateEditor } from './template-editor';
import { templateJson } from './template-json';

const newTemplateRoute = getRouteApi('/_app/admin/drafting-templates/new');

/** /admin/drafting-templates/new[?from=id]: a new institution template, blank or copied from another. */
export function NewTemplatePage() {
  const { t } = useTranslation();
  const { from } = newTemplateRoute.useSearch();
  const navigate = useNavigate();
  const source = useQuery({ ...templateDetailQuery(from ?? ''), enabled: from !== undefined });
  const templates = useQuery(templateListQuery);

  const ready = from === undefined || (source.isSuccess && templates.isSuccess);
  const initialText =
    from === undefined
      ? templateJson(starterTemplate)
      : source.data === undefined
        ? ''
        : templateJson(
            templateCopy(
              source.data.template,
              (templates.data ?? []).map((template) => template.id),
              t('drafting.admin.copySuffix'),
            ),
          );

  return (
    <AdminPageFrame>
      <BackToTemplatesLink />
      <PageHeader
        title={
          from === undefined
            ? t('drafting.admin.create')
            : t('drafting.admin.copyTitle', { name: source.data?.template.name ?? from })
        }
        description={t('drafting.templateEditor.description')}
      />
      {source.isError && <Alert tone="error">{source.error.message}</Alert>}
      {!ready && !source.isError && <LoadingState />}
      {ready && (
        <TemplateEditor
          key={from ?? 'blank'}
          initialText={initialText}
          existing={null}
          onSaved={(detail) =>
            void navigate({
              to: '/admin/drafting-templates/$templateId/edit',
              params: { templateId: detail.template.id },
              search: { saved: detail.template.version },
            })
          }
        />
      )}
    </AdminPageFrame>
  );
}
