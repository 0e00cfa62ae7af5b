import type { ConnectionTestResult } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';

export type ConnectionTestResultPanelProps = { result: ConnectionTestResult } | { errorMessage: string };

/** Outcome of 연결 테스트: ok or failed, latency, the server's message and any model ids it does not offer. */
export function ConnectionTestResultPanel(props: ConnectionTestResultPanelProps) {
  const { t } = useTranslation();
  const result = 'result' in props ? props.result : null;
  // Reachable but missing some registered models is a warning, not a success.
  const toneClassName =
    result?.ok !== true
      ? 'border-red-200 bg-red-50 text-red-900'
      : result.missingModels.length > 0
        ? 'border-amber-200 bg-amber-50 text-amber-900'
        : 'border-emerald-200 bg-emerald-50 text-emerald-900';
  return (
    <div role="status" className={classNames('mt-4 rounded-lg border px-4 py-3 text-sm', toneClassName)}>
      {result === null ? (
        <p className="font-semibold">
          {t('models.testFailed')}: {'errorMessage' in props ? props.errorMessage : ''}
        </p>
      ) : (
        <>
          <p className="font-semibold">
            {result.ok ? t('models.testOk') : t('models.testFailed')}
            <span className="ml-2 font-normal opacity-80">
              {t('models.latency', { ms: Math.round(result.latencyMs) })}
            </span>
          </p>
          {result.message !== '' && <p className="mt-1">{result.message}</p>}
          {result.missingModels.length > 0 && (
            <p className="mt-1 font-medium">
              {t('models.missingModels', { models: result.missingModels.join(', ') })}
            </p>
          )}
          {result.availableModels.length > 0 && (
            <p className="mt-1 text-xs break-all opacity-80">
              {t('models.availableModels', { models: result.availableModels.join(', ') })}
            </p>
          )}
        </>
      )}
    </div>
  );
}
