import type { ApiKey } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { classNames } from '../../components/class-names';
import { ApiKeyStatusBadge } from './api-key-status-badge';

export interface ApiKeyTableProps {
  keys: readonly ApiKey[];
  onRevoke: (key: ApiKey) => void;
}

/** Issued keys, newest first as the server sends them; revoked and expired keys stay listed, dimmed. */
export function ApiKeyTable({ keys, onRevoke }: ApiKeyTableProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  const formatDateTime = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[960px] text-left text-sm">
        <caption className="sr-only">{t('apiKeys.listLabel')}</caption>
        <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
          <tr>
            {(
              [
                'columnName',
                'columnKey',
                'columnDepartment',
                'columnModels',
                'columnLimits',
                'columnExpires',
                'columnLastUsed',
                'columnStatus',
              ] as const
            ).map((column) => (
              <th key={column} scope="col" className="px-3 py-2.5 whitespace-nowrap">
                {t(`apiKeys.${column}`)}
              </th>
            ))}
            <th scope="col" className="px-3 py-2.5">
              <span className="sr-only">{t('apiKeys.columnActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {keys.map((key) => {
            const limits = [
              key.requestsPerMinute !== null &&
                t('apiKeys.requestsLimit', { value: number.format(key.requestsPerMinute) }),
              key.tokensPerMinute !== null &&
                t('apiKeys.tokensLimit', { value: number.format(key.tokensPerMinute) }),
            ].filter((limit): limit is string => typeof limit === 'string');
            return (
              <tr
                key={key.id}
                className={classNames('align-top', key.status !== 'active' && 'text-slate-500')}
              >
                <th scope="row" className="px-3 py-2.5 font-medium text-slate-900">
                  {key.name}
                </th>
                <td className="px-3 py-2.5 font-mono text-xs whitespace-nowrap">{key.keyPrefix}…</td>
                <td className="px-3 py-2.5">{key.departmentName}</td>
                <td className="px-3 py-2.5">
                  {key.allowedModels === null ? (
                    t('apiKeys.allModels')
                  ) : (
                    <ul className="flex max-w-64 flex-wrap gap-1">
                      {key.allowedModels.map((model) => (
                        <li
                          key={model}
                          className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700"
                        >
                          {model}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="px-3 py-2.5 whitespace-nowrap">
                  {limits.length === 0
                    ? t('apiKeys.noLimits')
                    : limits.map((limit) => <div key={limit}>{limit}</div>)}
                </td>
                <td className="px-3 py-2.5 whitespace-nowrap">
                  {key.expiresAt === null ? t('apiKeys.noExpiry') : formatDate(key.expiresAt)}
                </td>
                <td className="px-3 py-2.5 whitespace-nowrap">
                  {key.lastUsedAt === null ? t('apiKeys.neverUsed') : formatDateTime(key.lastUsedAt)}
                </td>
                <td className="px-3 py-2.5">
                  <ApiKeyStatusBadge status={key.status} />
                </td>
                <td className="px-3 py-1.5 text-right">
                  {key.status !== 'revoked' && (
                    <Button
                      variant="ghost"
                      size="small"
                      className="text-red-700 hover:bg-red-50 hover:text-red-800"
                      aria-label={t('apiKeys.revokeFor', { name: key.name })}
                      onClick={() => onRevoke(key)}
                    >
                      {t('apiKeys.revoke')}
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
