import type { DraftTemplateSummary } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminPageFrame } from '../../components/admin-page-frame';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button, buttonClassName } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { PlusIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { DraftingSettingsSection } from './drafting-settings-section';
import { deleteTemplate, draftingKeys, templateListQuery } from './drafting-queries';
import { formatDateTime } from './format-date-time';

/** /admin/drafting-templates: built-in and institution templates, and the AI-use disclosure setting. */
export function AdminTemplatesPage() {
  const { t } = useTranslation();
  return (
    <AdminPageFrame>
      <PageHeader
        title={t('drafting.admin.title')}
        description={t('drafting.admin.description')}
        actions={
          <Link to="/admin/drafting-templates/new" className={buttonClassName('primary')}>
            <PlusIcon className="text-base" />
            {t('drafting.admin.create')}
          </Link>
        }
      />
      <div className="space-y-8">
        <TemplateTable />
        <DraftingSettingsSection />
      </div>
    </AdminPageFrame>
  );
}

function TemplateTable() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const templates = useQuery(templateListQuery);
  const [deleting, setDeleting] = useState<DraftTemplateSummary | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => deleteTemplate(id),
    onSuccess: async () => {
      setDeleting(null);
      await queryClient.invalidateQueries({ queryKey: draftingKeys.templates() });
    },
  });

  if (templates.isPending) return <LoadingState />;
  if (templates.isError) return <Alert tone="error">{templates.error.message}</Alert>;

  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('drafting.admin.tableCaption')}</caption>
        <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2">
              {t('drafting.admin.name')}
            </th>
            <th scope="col" className="px-4 py-2">
              {t('drafting.admin.category')}
            </th>
            <th scope="col" className="px-4 py-2">
              {t('drafting.admin.kind')}
            </th>
            <th scope="col" className="px-4 py-2">
              {t('drafting.admin.version')}
            </th>
            <th scope="col" className="px-4 py-2">
              <span className="sr-only">{t('drafting.admin.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {templates.data.map((template) => (
            <tr key={template.id} data-testid="admin-template">
              <th scope="row" className="px-4 py-3 font-medium text-slate-900">
                {template.name}
                <span className="block font-mono text-xs font-normal text-slate-500">{template.id}</span>
              </th>
              <td className="px-4 py-3 text-slate-700">{template.category}</td>
              <td className="px-4 py-3">
                <Badge tone={template.builtIn ? 'slate' : 'blue'}>
                  {template.builtIn ? t('drafting.gallery.builtIn') : t('drafting.gallery.institution')}
                </Badge>
              </td>
              <td className="px-4 py-3 text-slate-700 tabular-nums">
                {template.version}
                {template.updatedAt !== null && (
                  <span className="block text-xs text-slate-500">
                    {formatDateTime(template.updatedAt, i18n.language)}
                  </span>
                )}
              </td>
              <td className="px-4 py-3">
                <div className="flex justify-end gap-1.5">
                  {template.builtIn ? (
                    <Link
                      to="/admin/drafting-templates/new"
                      search={{ from: template.id }}
                      className={buttonClassName('secondary', 'small')}
                      aria-label={t('drafting.admin.copyLabel', { name: template.name })}
                    >
                      {t('drafting.admin.copy')}
                    </Link>
                  ) : (
                    <>
                      <Link
                        to="/admin/drafting-templates/$templateId/edit"
                        params={{ templateId: template.id }}
                        className={buttonClassName('secondary', 'small')}
                        aria-label={t('drafting.admin.editLabel', { name: template.name })}
                      >
                        {t('common.edit')}
                      </Link>
                      <Button
                        variant="ghost"
                        size="small"
                        onClick={() => setDeleting(template)}
                        aria-label={t('drafting.admin.deleteLabel', { name: template.name })}
                      >
                        {t('common.delete')}
                      </Button>
                    </>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={deleting !== null}
        title={t('drafting.admin.deleteTitle')}
        message={t('drafting.admin.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        pendingLabel={t('common.deleting')}
        pending={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={() => {
          if (deleting !== null) remove.mutate(deleting.id);
        }}
        onCancel={() => {
          setDeleting(null);
          remove.reset();
        }}
      />
    </div>
  );
}
