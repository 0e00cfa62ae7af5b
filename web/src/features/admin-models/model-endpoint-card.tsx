import type { ModelEndpoint } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { classNames } from '../../components/class-names';
import { ConnectionTestResultPanel } from './connection-test-result-panel';
import { modelEndpointListQuery, testModelEndpoint } from './model-endpoint-queries';

export interface ModelEndpointCardProps {
  endpoint: ModelEndpoint;
  onEdit: (endpoint: ModelEndpoint) => void;
  onDelete: (endpoint: ModelEndpoint) => void;
}

function Badge({ children, className }: { children: string; className: string }) {
  return (
    <span
      className={classNames('inline-flex rounded-full px-2.5 py-0.5 text-xs font-medium ring-1', className)}
    >
      {children}
    </span>
  );
}

export function ModelEndpointCard({ endpoint, onEdit, onDelete }: ModelEndpointCardProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const test = useMutation({
    mutationFn: () => testModelEndpoint(endpoint.id),
    // The list carries the last test result.
    onSettled: () => queryClient.invalidateQueries({ queryKey: modelEndpointListQuery.queryKey }),
  });

  const lastTest = endpoint.lastTest;
  const formatTime = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

  return (
    <li className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="text-base font-semibold text-slate-900">{endpoint.name}</h2>
            <Badge
              className={
                endpoint.location === 'internal'
                  ? 'bg-blue-50 text-blue-700 ring-blue-200'
                  : 'bg-amber-50 text-amber-800 ring-amber-200'
              }
            >
              {endpoint.location === 'internal' ? t('models.locationInternal') : t('models.locationExternal')}
            </Badge>
            <Badge
              className={
                endpoint.enabled
                  ? 'bg-emerald-50 text-emerald-700 ring-emerald-200'
                  : 'bg-slate-100 text-slate-600 ring-slate-200'
              }
            >
              {endpoint.enabled ? t('models.enabledStatus') : t('models.disabledStatus')}
            </Badge>
          </div>
          <p className="mt-1 font-mono text-sm break-all text-slate-600">{endpoint.baseUrl}</p>
        </div>
        <div role="group" aria-label={t('models.actionsFor', { name: endpoint.name })} className="flex gap-2">
          <Button variant="secondary" size="small" onClick={() => test.mutate()} disabled={test.isPending}>
            {test.isPending ? t('models.testing') : t('models.test')}
          </Button>
          <Button variant="secondary" size="small" onClick={() => onEdit(endpoint)}>
            {t('common.edit')}
          </Button>
          <Button
            variant="ghost"
            size="small"
            className="text-red-700 hover:bg-red-50 hover:text-red-800"
            onClick={() => onDelete(endpoint)}
          >
            {t('common.delete')}
          </Button>
        </div>
      </div>

      <ul aria-label={t('models.modelIds')} className="mt-3 flex flex-wrap gap-1.5">
        {endpoint.modelIds.map((modelId) => (
          <li key={modelId} className="rounded-md bg-slate-100 px-2 py-0.5 font-mono text-xs text-slate-700">
            {modelId}
          </li>
        ))}
      </ul>

      <p className="mt-3 text-xs text-slate-500">
        {endpoint.hasApiKey ? t('models.keyBadge') : t('models.noKeyBadge')}
        {lastTest !== null && (
          <>
            {' · '}
            {t('models.lastTest', {
              at: formatTime(lastTest.at),
              result: lastTest.ok ? t('models.testOk') : `${t('models.testFailed')} (${lastTest.message})`,
            })}
          </>
        )}
      </p>

      {test.data !== undefined && <ConnectionTestResultPanel result={test.data} />}
      {test.error !== null && <ConnectionTestResultPanel errorMessage={test.error.message} />}
    </li>
  );
}
