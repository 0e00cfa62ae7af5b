import type { BannedWordList } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Dialog } from '../../components/dialog';
import { PlusIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { TitledCard } from '../../components/titled-card';
import { BannedWordListForm } from './banned-word-list-form';
import { BannedWordListTable } from './banned-word-list-table';
import { bannedWordListsQuery, deleteBannedWordList } from './guard-queries';

type DialogState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; list: BannedWordList };

/** 금칙어 목록: the lists, with create, edit and delete. */
export function BannedWordSection() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const lists = useQuery(bannedWordListsQuery);
  const [dialog, setDialog] = useState<DialogState>({ mode: 'closed' });
  const [pendingDelete, setPendingDelete] = useState<BannedWordList | null>(null);
  const number = new Intl.NumberFormat(i18n.language);

  const remove = useMutation({
    mutationFn: (list: BannedWordList) => deleteBannedWordList(list.id),
    onSuccess: async () => {
      setPendingDelete(null);
      await queryClient.invalidateQueries({ queryKey: bannedWordListsQuery.queryKey });
    },
  });

  const closeDialog = () => setDialog({ mode: 'closed' });

  return (
    <TitledCard
      size="large"
      title={t('guard.bannedTitle')}
      description={t('guard.bannedDescription')}
      actions={
        <Button onClick={() => setDialog({ mode: 'create' })}>
          <PlusIcon className="text-base" />
          {t('guard.createList')}
        </Button>
      }
    >
      <div className="mt-4">
        {lists.isPending && <LoadingState />}
        {lists.isError && <Alert tone="error">{lists.error.message}</Alert>}
        {lists.isSuccess && lists.data.length === 0 && (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
            {t('guard.bannedEmpty')}
          </p>
        )}
        {lists.isSuccess && lists.data.length > 0 && (
          <BannedWordListTable
            lists={lists.data}
            onEdit={(list) => setDialog({ mode: 'edit', list })}
            onDelete={(list) => {
              remove.reset();
              setPendingDelete(list);
            }}
          />
        )}
      </div>

      <Dialog
        open={dialog.mode !== 'closed'}
        onClose={closeDialog}
        title={dialog.mode === 'edit' ? t('guard.editListTitle') : t('guard.createListTitle')}
        widthClassName="max-w-xl"
      >
        {dialog.mode === 'create' && <BannedWordListForm onDone={closeDialog} />}
        {dialog.mode === 'edit' && (
          <BannedWordListForm key={dialog.list.id} list={dialog.list} onDone={closeDialog} />
        )}
      </Dialog>

      <ConfirmDialog
        open={pendingDelete !== null}
        title={t('guard.deleteConfirmTitle')}
        message={t('guard.deleteConfirmBody', {
          name: pendingDelete?.name ?? '',
          value: number.format(pendingDelete?.words.length ?? 0),
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
    </TitledCard>
  );
}
