import type { BudgetStatus } from '@jumugwan/contracts';
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
import { BudgetForm } from './budget-form';
import { BudgetTable } from './budget-table';
import { budgetListQuery, deleteBudget } from './metering-queries';

type DialogState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; budget: BudgetStatus };

/** /admin/budgets: spending limits per institution, department, person or API key, per fiscal period. */
export function BudgetsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const budgets = useQuery(budgetListQuery);
  const [dialog, setDialog] = useState<DialogState>({ mode: 'closed' });
  const [pendingDelete, setPendingDelete] = useState<BudgetStatus | null>(null);

  const remove = useMutation({
    mutationFn: (budget: BudgetStatus) => deleteBudget(budget.id),
    onSuccess: async () => {
      setPendingDelete(null);
      await queryClient.invalidateQueries({ queryKey: budgetListQuery.queryKey });
    },
  });

  const closeDialog = () => setDialog({ mode: 'closed' });

  return (
    <AdminPageFrame>
      <PageHeader
        title={t('budgets.title')}
        description={t('budgets.description')}
        actions={
          <Button onClick={() => setDialog({ mode: 'create' })}>
            <PlusIcon className="text-base" />
            {t('budgets.create')}
          </Button>
        }
      />

      <Alert tone="info" className="mb-6">
        <p>{t('budgets.helpPools')}</p>
        <p className="mt-1">{t('budgets.helpRefusal')}</p>
      </Alert>

      {budgets.isPending && <LoadingState />}
      {budgets.isError && <Alert tone="error">{budgets.error.message}</Alert>}
      {budgets.isSuccess && budgets.data.length === 0 && (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-600">
          {t('budgets.empty')}
        </div>
      )}
      {budgets.isSuccess && budgets.data.length > 0 && (
        <BudgetTable
          budgets={budgets.data}
          onEdit={(budget) => setDialog({ mode: 'edit', budget })}
          onDelete={(budget) => {
            remove.reset();
            setPendingDelete(budget);
          }}
        />
      )}

      <Dialog
        open={dialog.mode !== 'closed'}
        onClose={closeDialog}
        title={dialog.mode === 'edit' ? t('budgets.editTitle') : t('budgets.createTitle')}
        widthClassName="max-w-2xl"
      >
        {dialog.mode === 'create' && <BudgetForm onDone={closeDialog} />}
        {dialog.mode === 'edit' && (
          <BudgetForm key={dialog.budget.id} budget={dialog.budget} onDone={closeDialog} />
        )}
      </Dialog>

      <ConfirmDialog
        open={pendingDelete !== null}
        title={t('budgets.deleteConfirmTitle')}
        message={t('budgets.deleteConfirmBody', { name: pendingDelete?.name ?? '' })}
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
