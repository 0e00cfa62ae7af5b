import {
  auditActionSchema,
  auditTargetTypes,
  type AuditEvent,
  type AuditTargetType,
} from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';
import { formatAuditDetails } from './format-audit-details';

const outcomeClasses: Record<AuditEvent['outcome'], string> = {
  success: 'bg-emerald-50 text-emerald-700',
  failure: 'bg-red-50 text-red-700',
  blocked: 'bg-red-50 text-red-700',
  masked: 'bg-amber-50 text-amber-800',
  warned: 'bg-amber-50 text-amber-800',
};

function isTargetType(value: string): value is AuditTargetType {
  return auditTargetTypes.some((type) => type === value);
}

/** One page of the log, newest first; times in Korean time like the filters and the CSV. */
export function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  const { t, i18n } = useTranslation();
  const formatTime = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'short',
      timeStyle: 'medium',
      timeZone: 'Asia/Seoul',
    }).format(new Date(iso));
  const actionLabel = (action: string) => {
    const known = auditActionSchema.safeParse(action);
    return known.success ? t(`audit.actions.${known.data}`) : action;
  };
  const targetLabel = (type: string) => (isTargetType(type) ? t(`audit.targetTypes.${type}`) : type);

  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[1040px] text-left text-sm">
        <caption className="sr-only">{t('audit.listLabel')}</caption>
        <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
          <tr>
            {(
              [
                'columnAt',
                'columnAction',
                'columnOutcome',
                'columnActor',
                'columnTarget',
                'columnIp',
                'columnDetails',
              ] as const
            ).map((column) => (
              <th key={column} scope="col" className="px-3 py-2.5 whitespace-nowrap">
                {t(`audit.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {events.map((event) => (
            <tr key={event.id} className="align-top">
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatTime(event.at)}</td>
              <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap text-slate-900">
                {actionLabel(event.action)}
              </th>
              <td className="px-3 py-2 whitespace-nowrap">
                <span
                  className={classNames(
                    'rounded-full px-2 py-0.5 text-xs font-medium',
                    outcomeClasses[event.outcome],
                  )}
                >
                  {t(`audit.outcomes.${event.outcome}`)}
                </span>
              </td>
              <td className="px-3 py-2">{event.actorLabel}</td>
              <td className="px-3 py-2">
                {event.targetType === null ? (
                  '—'
                ) : (
                  <>
                    <div>{targetLabel(event.targetType)}</div>
                    {event.targetId !== null && (
                      <div
                        className="max-w-48 truncate font-mono text-xs text-slate-500"
                        title={event.targetId}
                      >
                        {event.targetId}
                      </div>
                    )}
                  </>
                )}
              </td>
              <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{event.ipAddress ?? '—'}</td>
              <td className="px-3 py-2 text-xs break-words text-slate-600">
                {formatAuditDetails(event.details) || '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
