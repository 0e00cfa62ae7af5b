import type { ModelEndpoint } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminPageFrame } from '../../components/admin-page-frame';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Dialog } from '../../components/dialog';
import { PlusIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { availableModelsKey } from '../models/available-model-queries';
import { ModelEndpointCard } from './model-endpoint-card';
import { ModelEndpointForm } from './model-endpoint-form';
import { deleteModelEndpoint, modelEndpointListQuery } from './model-endpoint-queries';
import { modelStatusKey } from './model-status-queries';
import { ModelStatusList } from './model-status-list';

type FormState = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; endpoint: ModelEndpoint };

/** /admin/models: register, edit, test and remove model servers; then set up and watch each model. */
export function ModelEndpointsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const endpoints = useQuery(modelEndpointListQuery);
  const [form, setForm] = useState<FormState>({ mode: 'closed' });
  const [pendingDelete, setPendingDelete] = useState<ModelEndpoint | null>(null);

  const remove = useMutation({
    mutationFn: (endpoint: ModelEndpoint) => deleteModelEndpoint(endpoint.id),
    onSuccess: async () => {
      setPendingDelete(null);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: modelEndpointListQuery.queryKey }),
        queryClient.invalidateQueries({ queryKey: availableModelsKey }),
        queryClient.invalidateQueries({ queryKey: modelStatusKey }),
      ]);
    },
  });

  const closeForm = () => setForm({ mode: 'closed' });

  return (
    <AdminPageFrame>
      <PageHeader
        title={t('models.title')}
        description={t('models.description')}
        actions={
          <Button onClick={() => setForm({ mode: 'add' })}>
            <PlusIcon className="text-base" />
            {t('models.add')}
          </Button>
        }
      />

      <h2 className="mb-3 text-lg font-semibold text-slate-900">{t('models.endpointsTitle')}</h2>
      {endpoints.isPending && <LoadingState />}
      {endpoints.isError && <Alert tone="error">{endpoints.error.message}</Alert>}
      {endpoints.isSuccess && endpoints.data.length === 0 && (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-600">
          {t('models.empty')}
        </div>
      )}
      {endpoints.isSuccess && endpoints.data.length > 0 && (
        <ul className="space-y-4">
          {endpoints.data.map((endpoint) => (
            <ModelEndpointCard
              key={endpoint.id}
              endpoint={endpoint}
              onEdit={(target) => setForm({ mode: 'edit', endpoint: target })}
              onDelete={(target) => {
                remove.reset();
                setPendingDelete(target);
              }}
            />
          ))}
        </ul>
      )}

      <ModelStatusList />

      <Dialog
        open={form.mode !== 'closed'}
        onClose={closeForm}
        title={form.mode === 'edit' ? t('models.editTitle') : t('models.addTitle')}
        widthClassName="max-w-lg"
      >
        {form.mode !== 'closed' && (
          <ModelEndpointForm
            key={form.mode === 'edit' ? form.endpoint.id : 'new'}
            {...(form.mode === 'edit' ? { endpoint: form.endpoint } : {})}
            onDone={closeForm}
          />
        )}
      </Dialog>

      <ConfirmDialog
        open={pendingDelete !== null}
        title={t('models.deleteConfirmTitle')}
        message={t('models.deleteConfirmBody', { name: pendingDelete?.name ?? '' })}
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
    </AdminPageFrame>
  );
}
