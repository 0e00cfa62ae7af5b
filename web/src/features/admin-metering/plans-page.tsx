import type { Plan } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminPageFrame } from '../../components/admin-page-frame';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { PlusIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { planListQuery } from './metering-queries';
import { PlanAssignments } from './plan-assignments';
import { PlanForm } from './plan-form';
import { PlanTable } from './plan-table';
import { seoulToday } from './seoul-today';

type DialogState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; plan: Plan };

/** /admin/plans: flat-fee subscriptions for named people, and who holds each. */
export function PlansPage() {
  const { t } = useTranslation();
  const plans = useQuery(planListQuery);
  const [today] = useState(() => seoulToday(new Date()));
  const [dialog, setDialog] = useState<DialogState>({ mode: 'closed' });
  const [selectedPlanId, setSelectedPlanId] = useState<string | null>(null);
  const selectedPlan = plans.data?.find((plan) => plan.id === selectedPlanId) ?? null;
  const closeDialog = () => setDialog({ mode: 'closed' });

  return (
    <AdminPageFrame>
      <PageHeader
        title={t('plans.title')}
        description={t('plans.description')}
        actions={
          <Button onClick={() => setDialog({ mode: 'create' })}>
            <PlusIcon className="text-base" />
            {t('plans.create')}
          </Button>
        }
      />

      <Alert tone="info" className="mb-6">
        {t('plans.help')}
      </Alert>

      {plans.isPending && <LoadingState />}
      {plans.isError && <Alert tone="error">{plans.error.message}</Alert>}
      {plans.isSuccess && plans.data.length === 0 && (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-600">
          {t('plans.empty')}
        </div>
      )}
      {plans.isSuccess && plans.data.length > 0 && (
        <PlanTable
          plans={plans.data}
          selectedPlanId={selectedPlanId}
          onEdit={(plan) => setDialog({ mode: 'edit', plan })}
          onToggleAssignments={(plan) =>
            setSelectedPlanId((current) => (current === plan.id ? null : plan.id))
          }
        />
      )}

      {selectedPlan !== null && (
        <PlanAssignments plan={selectedPlan} today={today} onClose={() => setSelectedPlanId(null)} />
      )}

      <Dialog
        open={dialog.mode !== 'closed'}
        onClose={closeDialog}
        title={dialog.mode === 'edit' ? t('plans.editTitle') : t('plans.createTitle')}
        widthClassName="max-w-2xl"
      >
        {dialog.mode === 'create' && <PlanForm onDone={closeDialog} />}
        {dialog.mode === 'edit' && <PlanForm key={dialog.plan.id} plan={dialog.plan} onDone={closeDialog} />}
      </Dialog>
    </AdminPageFrame>
  );
}
