import type { ModelStatus } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { classNames } from '../../components/class-names';
import { LocationBadge } from '../models/location-badge';
import { formatRelativeTime } from './format-relative-time';

export interface DeploymentStatusTableProps {
  model: ModelStatus;
  /** When the status was read; relative times are measured from it so they match the numbers. */
  now: Date;
}

/** How each endpoint serving one model is doing: load, recent errors and any cool-down. */
export function DeploymentStatusTable({ model, now }: DeploymentStatusTableProps) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="w-full min-w-[760px] text-left text-sm">
        <caption className="sr-only">{t('modelStatus.deployments', { model: model.id })}</caption>
        <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t('modelStatus.columnEndpoint')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('modelStatus.columnLocation')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('modelStatus.columnInFlight')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('modelStatus.columnRecentRequests')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('modelStatus.columnErrorRate')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('modelStatus.columnConsecutiveFailures')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('modelStatus.columnCooldown')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('modelStatus.columnLastError')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {model.deployments.map((deployment) => (
            <tr key={deployment.endpointId}>
              <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap text-slate-900">
                {deployment.endpointName}
              </th>
              <td className="px-3 py-2">
                <LocationBadge location={deployment.location} />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{number.format(deployment.inFlight)}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {number.format(deployment.recentRequests)}
              </td>
              <td
                className={classNames(
                  'px-3 py-2 text-right tabular-nums',
                  deployment.recentErrorRate >= 0.5
                    ? 'font-semibold text-red-700'
                    : deployment.recentErrorRate > 0 && 'text-amber-700',
                )}
              >
                {percent.format(deployment.recentErrorRate)}
              </td>
              <td
                className={classNames(
                  'px-3 py-2 text-right tabular-nums',
                  deployment.consecutiveFailures > 0 && 'font-semibold text-amber-700',
                )}
              >
                {number.format(deployment.consecutiveFailures)}
              </td>
              <td className="px-3 py-2">
                {deployment.coolingDownUntil === null ? (
                  <Badge tone="emerald">{t('modelStatus.healthy')}</Badge>
                ) : (
                  <Badge tone="amber">
                    <time dateTime={deployment.coolingDownUntil}>
                      {t('modelStatus.coolingDown', {
                        time: formatRelativeTime(new Date(deployment.coolingDownUntil), now, i18n.language),
                      })}
                    </time>
                  </Badge>
                )}
              </td>
              <td className="max-w-72 px-3 py-2 text-xs text-slate-600">
                {deployment.lastError === null ? (
                  <span className="text-slate-400">{t('modelStatus.noError')}</span>
                ) : (
                  <span className="line-clamp-2 break-all" title={deployment.lastError}>
                    {deployment.lastError}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
