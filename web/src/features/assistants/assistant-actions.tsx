import type { AssistantDetail } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button, buttonClassName } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { CopyIcon, PencilIcon, SendIcon, TrashIcon } from '../../components/icons';
import {
  archiveAssistant,
  assistantDetailQuery,
  assistantKeys,
  copyAssistant,
  setAssistantSaved,
} from './assistant-queries';
import { SharingDialog } from './sharing-dialog';

/** 대화 시작, 저장, 복제해서 고치기, and for those who may: 편집, 공유 설정, 버전 기록, 삭제. */
export function AssistantActions({ assistant }: { assistant: AssistantDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [sharingOpen, setSharingOpen] = useState(false);
  const [confirmingArchive, setConfirmingArchive] = useState(false);
  const isOwner = assistant.myRole === 'owner';
  const canEdit = isOwner || assistant.myRole === 'editor';

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: assistantKeys.detail(assistant.id) }),
      queryClient.invalidateQueries({ queryKey: assistantKeys.galleries() }),
    ]);

  const save = useMutation({
    mutationFn: (saved: boolean) => setAssistantSaved(assistant.id, saved),
    onSuccess: refresh,
  });
  const copy = useMutation({
    mutationFn: () => copyAssistant(assistant.id),
    onSuccess: async (created) => {
      queryClient.setQueryData(assistantDetailQuery(created.id).queryKey, created);
      void queryClient.invalidateQueries({ queryKey: assistantKeys.galleries() });
      await navigate({ to: '/assistants/$assistantId/edit', params: { assistantId: created.id } });
    },
  });
  const archive = useMutation({
    mutationFn: () => archiveAssistant(assistant.id),
    onSuccess: async () => {
      setConfirmingArchive(false);
      queryClient.removeQueries({ queryKey: assistantKeys.detail(assistant.id) });
      void queryClient.invalidateQueries({ queryKey: assistantKeys.galleries() });
      await navigate({ to: '/assistants' });
    },
  });
  // Shown as saved while the request is on its way, so the button answers at once.
  const saved = save.isPending ? save.variables : assistant.savedByMe;
  const error = save.error ?? copy.error;

  return (
    <div className="mt-5">
      <div className="flex flex-wrap items-center gap-2">
        <Link to="/chat" search={{ assistant: assistant.id }} className={buttonClassName('primary')}>
          <SendIcon className="text-base" />
          {t('assistants.page.startChat')}
        </Link>
        <Button
          variant="secondary"
          aria-pressed={saved}
          onClick={() => save.mutate(!saved)}
          disabled={save.isPending}
        >
          <span aria-hidden="true">{saved ? '★' : '☆'}</span>
          {saved ? t('assistants.page.saved') : t('assistants.page.save')}
        </Button>
        <Button variant="secondary" onClick={() => copy.mutate()} disabled={copy.isPending}>
          <CopyIcon className="text-base" />
          {copy.isPending ? t('assistants.page.copying') : t('assistants.page.copy')}
        </Button>
        {canEdit && (
          <Link
            to="/assistants/$assistantId/edit"
            params={{ assistantId: assistant.id }}
            className={buttonClassName('secondary')}
          >
            <PencilIcon className="text-base" />
            {t('assistants.page.edit')}
          </Link>
        )}
        {isOwner && (
          <Button variant="secondary" onClick={() => setSharingOpen(true)}>
            {t('assistants.page.sharing')}
          </Button>
        )}
        <Link
          to="/assistants/$assistantId/versions"
          params={{ assistantId: assistant.id }}
          className={buttonClassName('ghost')}
        >
          {t('assistants.page.versions')}
        </Link>
        {isOwner && (
          <Button variant="ghost" onClick={() => setConfirmingArchive(true)}>
            <TrashIcon className="text-base" />
            {t('common.delete')}
          </Button>
        )}
      </div>
      {error !== null && (
        <Alert tone="error" className="mt-3">
          {error.message}
        </Alert>
      )}
      {isOwner && (
        <SharingDialog assistant={assistant} open={sharingOpen} onClose={() => setSharingOpen(false)} />
      )}
      <ConfirmDialog
        open={confirmingArchive}
        title={t('assistants.page.archiveTitle')}
        message={t('assistants.page.archiveBody', { name: assistant.name })}
        confirmLabel={t('common.delete')}
        pendingLabel={t('common.deleting')}
        pending={archive.isPending}
        error={archive.error?.message ?? null}
        onConfirm={() => archive.mutate()}
        onCancel={() => {
          setConfirmingArchive(false);
          archive.reset();
        }}
      />
    </div>
  );
}
