import type { ApiKey, ApiKeyCreated } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminPageFrame } from '../../components/admin-page-frame';
import { Alert } from '../../components/alert';
import { Button, buttonClassName } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Dialog } from '../../components/dialog';
import { ExternalLinkIcon, PlusIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { ApiKeyCreateForm } from './api-key-create-form';
import { ApiKeyCreatedPanel } from './api-key-created-panel';
import { apiKeyListQuery, revokeApiKey } from './api-key-queries';
import { ApiKeyTable } from './api-key-table';

type DialogState = { mode: 'closed' } | { mode: 'create' } | { mode: 'created'; created: ApiKeyCreated };

/** /admin/api-keys: keys for other systems to call the OpenAI-compatible /v1 API. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const keys = useQuery(apiKeyListQuery);
  const [dialog, setDialog] = useState<DialogState>({ mode: 'closed' });
  const [pendingRevoke, setPendingRevoke] = useState<ApiKey | null>(null);

  const revoke = useMutation({
    mutationFn: (key: ApiKey) => revokeApiKey(key.id),
    onSuccess: async () => {
      setPendingRevoke(null);
      await queryClient.invalidateQueries({ queryKey: apiKeyListQuery.queryKey });
    },
  });

  const closeDialog = () => setDialog({ mode: 'closed' });

  return (
    <AdminPageFrame>
      <PageHeader
        title={t('apiKeys.title')}
        description={t('apiKeys.description')}
        actions={
          <div className="flex flex-wrap gap-2">
            {/* Served by the server, not the SPA: a plain link loads it. */}
            <a href="/docs" className={buttonClassName('secondary')}>
              <ExternalLinkIcon className="text-base" />
              {t('apiKeys.docsLink')}
            </a>
            <Button onClick={() => setDialog({ mode: 'create' })}>
              <PlusIcon className="text-base" />
              {t('apiKeys.create')}
            </Button>
          </div>
        }
      />

      {keys.isPending && <LoadingState />}
      {keys.isError && <Alert tone="error">{keys.error.message}</Alert>}
      {keys.isSuccess && keys.data.length === 0 && (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-600">
          {t('apiKeys.empty')}
        </div>
      )}
      {keys.isSuccess && keys.data.length > 0 && (
        <ApiKeyTable
          keys={keys.data}
          onRevoke={(key) => {
            revoke.reset();
            setPendingRevoke(key);
          }}
        />
      )}

      <Dialog
        open={dialog.mode === 'create'}
        onClose={closeDialog}
        title={t('apiKeys.create')}
        widthClassName="max-w-xl"
      >
        {dialog.mode === 'create' && (
          <ApiKeyCreateForm
            onCreated={(created) => setDialog({ mode: 'created', created })}
            onCancel={closeDialog}
          />
        )}
      </Dialog>

      <Dialog
        open={dialog.mode === 'created'}
        onClose={closeDialog}
        title={t('apiKeys.createdTitle')}
        widthClassName="max-w-2xl"
        closeOnBackdropClick={false}
      >
        {dialog.mode === 'created' && <ApiKeyCreatedPanel created={dialog.created} onDone={closeDialog} />}
      </Dialog>

      <ConfirmDialog
        open={pendingRevoke !== null}
        title={t('apiKeys.revokeConfirmTitle')}
        message={t('apiKeys.revokeConfirmBody', { name: pendingRevoke?.name ?? '' })}
        confirmLabel={t('apiKeys.revoke')}
        pendingLabel={t('apiKeys.revoking')}
        pending={revoke.isPending}
        error={revoke.error?.message ?? null}
        onConfirm={() => {
          if (pendingRevoke !== null) {
            revoke.mutate(pendingRevoke);
          }
        }}
        onCancel={() => setPendingRevoke(null)}
      />
    </AdminPageFrame>
  );
}
