import type { AssistantDetail, AssistantVersionSummary } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button, buttonClassName } from '../../components/button';
import { ChevronIcon } from '../../components/icons';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { LoadingState } from '../../components/loading-state';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { classNames } from '../../components/class-names';
import { formatDateTime } from '../drafting/format-date-time';
import {
  assistantDetailQuery,
  assistantKeys,
  assistantVersionsQuery,
  rollbackAssistant,
} from './assistant-queries';
import { AssistantUnavailable } from './assistant-unavailable';
import { isDefinitionField } from './definition-fields';
import { VersionChanges } from './version-changes';
import { versionKindText } from './version-kind-text';

const versionsRoute = getRouteApi('/_app/assistants/$assistantId/versions');

/** /assistants/$assistantId/versions: every version, one shown against the one before, and rolling back. */
export function AssistantVersionsPage() {
  const { assistantId } = versionsRoute.useParams();
  const assistant = useQuery(assistantDetailQuery(assistantId));
  return (
    <PageFrame>
      <BackToAssistantLink assistantId={assistantId} />
      {assistant.isPending && <LoadingState />}
      {assistant.isError && <AssistantUnavailable error={assistant.error} />}
      {assistant.isSuccess && <VersionsContent assistant={assistant.data} />}
    </PageFrame>
  );
}

function BackToAssistantLink({ assistantId }: { assistantId: string }) {
  const { t } = useTranslation();
  return (
    <Link
      to="/assistants/$assistantId"
      params={{ assistantId }}
      className={`${buttonClassName('ghost', 'small')} mb-4 -ml-2.5`}
    >
      <ChevronIcon className="rotate-180 text-base" />
      {t('assistants.versions.backToAssistant')}
    </Link>
  );
}

function VersionsContent({ assistant }: { assistant: AssistantDetail }) {
  const { t } = useTranslation();
  const search = versionsRoute.useSearch();
  const navigate = versionsRoute.useNavigate();
  const queryClient = useQueryClient();
  const versions = useQuery(assistantVersionsQuery(assistant.id));
  const [confirming, setConfirming] = useState<number | null>(null);
  const [restored, setRestored] = useState<{ from: number; to: number } | null>(null);
  const canManage = assistant.myRole === 'owner' || assistant.myRole === 'editor';
  const latest = assistant.version;
  const shown = search.version ?? latest;

  const rollback = useMutation({
    mutationFn: (version: number) => rollbackAssistant(assistant.id, version),
    onSuccess: async (_result, version) => {
      setConfirming(null);
      await queryClient.invalidateQueries({ queryKey: assistantKeys.detail(assistant.id) });
      void queryClient.invalidateQueries({ queryKey: assistantKeys.galleries() });
      setRestored({ from: version, to: latest + 1 });
      await navigate({ search: {}, replace: true, resetScroll: false });
    },
  });

  return (
    <>
      <PageHeader
        title={t('assistants.versions.title', { name: assistant.name })}
        description={t('assistants.versions.description')}
      />
      {restored !== null && (
        <Alert tone="success" className="mb-4">
          {t('assistants.versions.restored', { from: restored.from, to: restored.to })}
        </Alert>
      )}
      {versions.isPending && <LoadingState />}
      {versions.isError && <Alert tone="error">{versions.error.message}</Alert>}
      {versions.isSuccess && (
        <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
          <VersionList assistantId={assistant.id} versions={versions.data} shown={shown} latest={latest} />
          <div className="min-w-0">
            <VersionChanges
              key={shown}
              assistant={assistant}
              number={shown}
              previous={shown > 1 ? shown - 1 : null}
              actions={
                canManage && shown !== latest ? (
                  <Button
                    variant="secondary"
                    onClick={() => {
                      rollback.reset();
                      setConfirming(shown);
                    }}
                  >
                    {t('assistants.versions.rollback')}
                  </Button>
                ) : null
              }
            />
          </div>
        </div>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={t('assistants.versions.rollbackTitle', { number: confirming ?? 0 })}
        message={t('assistants.versions.rollbackBody', { number: confirming ?? 0, next: latest + 1 })}
        confirmLabel={t('assistants.versions.rollbackConfirm')}
        pendingLabel={t('assistants.versions.rollingBack')}
        pending={rollback.isPending}
        error={rollback.error?.message ?? null}
        onConfirm={() => {
          if (confirming !== null) rollback.mutate(confirming);
        }}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}

function VersionList({
  assistantId,
  versions,
  shown,
  latest,
}: {
  assistantId: string;
  versions: readonly AssistantVersionSummary[];
  shown: number;
  latest: number;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const newestFirst = [...versions].sort((left, right) => right.number - left.number);
  return (
    <nav aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <h2 id={headingId} className="px-1 pb-2 text-sm font-semibold text-slate-900">
        {t('assistants.versions.listHeading')}
        <span className="ml-1.5 font-normal text-slate-500 tabular-nums">{versions.length}</span>
      </h2>
      <ol className="max-h-[70vh] space-y-1.5 overflow-y-auto" data-testid="assistant-versions">
        {newestFirst.map((version) => {
          const current = version.number === shown;
          return (
            <li key={version.number} data-testid="assistant-version" data-kind={version.kind}>
              <Link
                to="/assistants/$assistantId/versions"
                params={{ assistantId }}
                search={version.number === latest ? {} : { version: version.number }}
                replace
                resetScroll={false}
                aria-current={current ? 'page' : undefined}
                className={classNames(
                  'block rounded-lg border px-3 py-2 text-left',
                  current ? 'border-blue-300 bg-blue-50' : 'border-slate-100 hover:bg-slate-50',
                )}
              >
                <span className="flex flex-wrap items-center gap-1.5">
                  <span className="text-sm font-semibold text-slate-900 tabular-nums">
                    {t('assistants.versions.number', { number: version.number })}
                  </span>
                  <Badge tone={version.kind === 'rolled_back' ? 'amber' : 'slate'}>
                    {versionKindText(t, version)}
                  </Badge>
                  {version.number === latest && (
                    <Badge tone="emerald">{t('assistants.versions.latest')}</Badge>
                  )}
                </span>
                <span className="mt-0.5 block text-xs text-slate-500">
                  {[version.editorName, formatDateTime(version.createdAt, i18n.language)]
                    .filter((part): part is string => part !== null && part !== '')
                    .join(' · ')}
                </span>
                {version.note !== '' && (
                  <span className="mt-0.5 block text-xs text-slate-700">“{version.note}”</span>
                )}
                {version.changedFields.length > 0 && (
                  <span className="mt-0.5 block text-xs text-slate-500">
                    {t('assistants.versions.changed', {
                      fields: version.changedFields
                        .map((field) => (isDefinitionField(field) ? t(`assistants.fields.${field}`) : field))
                        .join(', '),
                    })}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
