import type { Price } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminPageFrame } from '../../components/admin-page-frame';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Dialog } from '../../components/dialog';
import { PlusIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { inputClassName } from '../../components/text-field';
import { formatDay } from './format-day';
import { groupPricesByModel } from './group-prices-by-model';
import { deletePrice, priceListQuery } from './metering-queries';
import { PriceForm } from './price-form';
import { PriceTable } from './price-table';
import { seoulToday } from './seoul-today';

type DialogState = { mode: 'closed' } | { mode: 'add'; modelId: string };

/** /admin/prices: what each model costs from which day, the basis of every cost and budget. */
export function PricesPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const filterId = useId();
  const filterListId = useId();
  const prices = useQuery(priceListQuery);
  const [today] = useState(() => seoulToday(new Date()));
  const [filter, setFilter] = useState('');
  const [dialog, setDialog] = useState<DialogState>({ mode: 'closed' });
  const [pendingDelete, setPendingDelete] = useState<Price | null>(null);

  const remove = useMutation({
    mutationFn: (price: Price) => deletePrice(price.id),
    onSuccess: async () => {
      setPendingDelete(null);
      await queryClient.invalidateQueries({ queryKey: priceListQuery.queryKey });
    },
    // A 409 means the price started meanwhile: refresh so the table stops offering to delete it.
    onError: () => queryClient.invalidateQueries({ queryKey: priceListQuery.queryKey }),
  });

  const groups = groupPricesByModel(prices.data?.prices ?? [], filter);
  const pricedModels = new Set(prices.data?.prices.map((price) => price.modelId));
  const unpricedModels = (prices.data?.modelIds ?? []).filter((modelId) => !pricedModels.has(modelId));
  const allModelIds = [...new Set([...(prices.data?.modelIds ?? []), ...pricedModels])].sort();
  const closeDialog = () => setDialog({ mode: 'closed' });

  return (
    <AdminPageFrame>
      <PageHeader
        title={t('prices.title')}
        description={t('prices.description')}
        actions={
          <Button onClick={() => setDialog({ mode: 'add', modelId: '' })}>
            <PlusIcon className="text-base" />
            {t('prices.add')}
          </Button>
        }
      />

      <Alert tone="info" className="mb-6">
        {t('prices.help')}
      </Alert>

      {prices.isPending && <LoadingState />}
      {prices.isError && <Alert tone="error">{prices.error.message}</Alert>}

      {prices.isSuccess && unpricedModels.length > 0 && (
        <div className="mb-6 rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
          <p className="font-medium">{t('prices.unpricedTitle')}</p>
          <p className="mt-1 text-xs">{t('prices.unpricedHint')}</p>
          <ul className="mt-3 flex flex-wrap gap-2">
            {unpricedModels.map((modelId) => (
              <li key={modelId}>
                <Button
                  variant="secondary"
                  size="small"
                  onClick={() => setDialog({ mode: 'add', modelId })}
                  aria-label={t('prices.addFor', { model: modelId })}
                >
                  <PlusIcon className="text-base" />
                  <span className="font-mono">{modelId}</span>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}

      {prices.isSuccess && prices.data.prices.length === 0 && (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-600">
          {t('prices.empty')}
        </div>
      )}

      {prices.isSuccess && prices.data.prices.length > 0 && (
        <>
          <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
            <div className="w-full max-w-sm">
              <label htmlFor={filterId} className="mb-1.5 block text-sm font-medium text-slate-700">
                {t('prices.filter')}
              </label>
              <input
                id={filterId}
                type="search"
                list={filterListId}
                value={filter}
                onChange={(event) => setFilter(event.target.value)}
                placeholder={t('prices.filterPlaceholder')}
                className={inputClassName}
                autoComplete="off"
              />
              <datalist id={filterListId}>
                {allModelIds.map((modelId) => (
                  <option key={modelId} value={modelId} />
                ))}
              </datalist>
            </div>
            <p className="text-sm text-slate-500" aria-live="polite">
              {t('prices.modelCount', { value: groups.length })}
            </p>
          </div>
          {groups.length === 0 ? (
            <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
              {t('prices.noMatch')}
            </p>
          ) : (
            <div className="space-y-4">
              {groups.map((group) => (
                <PriceTable
                  key={group.modelId}
                  modelId={group.modelId}
                  prices={group.prices}
                  today={today}
                  onAdd={(modelId) => setDialog({ mode: 'add', modelId })}
                  onDelete={(price) => {
                    remove.reset();
                    setPendingDelete(price);
                  }}
                />
              ))}
            </div>
          )}
        </>
      )}

      <Dialog
        open={dialog.mode === 'add'}
        onClose={closeDialog}
        title={t('prices.addTitle')}
        widthClassName="max-w-2xl"
      >
        {dialog.mode === 'add' && (
          <PriceForm
            modelIds={allModelIds}
            initialModelId={dialog.modelId}
            today={today}
            onDone={closeDialog}
          />
        )}
      </Dialog>

      <ConfirmDialog
        open={pendingDelete !== null}
        title={t('prices.deleteConfirmTitle')}
        message={t('prices.deleteConfirmBody', {
          model: pendingDelete?.modelId ?? '',
          day: pendingDelete === null ? '' : formatDay(pendingDelete.effectiveFrom, i18n.language),
        })}
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
