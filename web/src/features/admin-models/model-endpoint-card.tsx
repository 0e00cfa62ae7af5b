import type { ModelEndpoint } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { LocationBadge } from '../models/location-badge';
import { ConnectionTestResultPanel } from './connection-test-result-panel';
import { modelEndpointListQuery, testModelEndpoint } from './model-endpoint-queries';
import { modelStatusKey } from './model-status-queries';
import { providerLabelKeys } from './provider-label-keys';

export interface ModelEndpointCardProps {
  endpoint: ModelEndpoint;
  onEdit: (endpoint: ModelEndpoint) => void;
  onDelete: (endpoint: ModelEndpoint) => void;
}

export function ModelEndpointCard({ endpoint, onEdit, onDelete }: ModelEndpointCardProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const test = useMutation({
    mutationFn: () => testModelEndpoint(endpoint.id),
    // The list carries the last test result; a test also counts towards the deployment status.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: modelEndpointListQuery.queryKey }),
        queryClient.invalidateQueries({ queryKey: modelStatusKey }),
      ]),
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
            <LocationBadge location={endpoint.location} />
            <Badge tone={endpoint.enabled ? 'emerald' : 'slate'}>
              {endpoint.enabled ? t('models.enabledStatus') : t('models.disabledStatus')}
            </Badge>
            <Badge tone="slate">{t(providerLabelKeys[endpoint.provider].short)}</Badge>
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
        {' · '}
        {endpoint.timeoutSeconds === null
          ? t('models.timeoutDefault')
          : t('models.timeoutValue', { seconds: endpoint.timeoutSeconds })}
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
