import type { UserSummary } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiNoContent } from '../../api/api-request';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { orgKeys } from './org-queries';

/**
 * 계정 삭제: the account is deactivated and signed out (its history stays), and its assistants go to a
 * department admin, so nothing the person built is lost.
 */
export function DeleteAccountButton({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation({
    mutationFn: () => apiNoContent(`/api/admin/org/users/${user.id}`, { method: 'DELETE' }),
    onSuccess: async () => {
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
    },
  });
  return (
    <>
      <Button variant="secondary" size="small" onClick={() => setOpen(true)}>
        {t('org.deleteAccount')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('org.deleteAccountTitle', { name: user.name })}
        message={t('org.deleteAccountMessage')}
        confirmLabel={t('org.deleteAccount')}
        pendingLabel={t('org.deletingAccount')}
        pending={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={() => remove.mutate()}
        onCancel={() => {
          remove.reset();
          setOpen(false);
        }}
      />
    </>
  );
}
