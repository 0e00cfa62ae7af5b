import { purposeCategorySchema, type UsageReport, type UsageSlice } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminPageFrame } from '../../components/admin-page-frame';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { classNames } from '../../components/class-names';
import { ChevronIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { inputClassName } from '../../components/text-field';
import { formatSeoulDateTime } from './format-day';
import { usageReportListQuery } from './metering-queries';
import { isMonthText, nextMonth, previousMonth } from './month-text';
import { seoulThisMonth } from './seoul-today';

/** /admin/usage-reports: the monthly reports subscription holders submit, with their own account of use. */
export function UsageReportsPage() {
  const { t, i18n } = useTranslation();
  const monthId = useId();
  const [thisMonth] = useState(() => seoulThisMonth(new Date()));
  const [monthText, setMonthText] = useState(thisMonth);
  const [month, setMonth] = useState(thisMonth);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const reports = useQuery(usageReportListQuery(month));
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });

  const chooseMonth = (next: string) => {
    setMonthText(next);
    if (isMonthText(next)) {
      setMonth(next);
      setExpanded(new Set());
    }
  };
  const toggle = (reportId: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (!next.delete(reportId)) {
        next.add(reportId);
      }
      return next;
    });
  const purposeLabel = (slice: UsageSlice) => {
    const purpose = purposeCategorySchema.safeParse(slice.key);
    return purpose.success ? t(`usageReports.purposes.${purpose.data}`) : slice.label;
  };

  const rows: UsageReport[] = reports.data ?? [];

  return (
    <AdminPageFrame>
      <PageHeader title={t('usageReports.title')} description={t('usageReports.description')} />

      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div className="flex items-end gap-2">
          <div>
            <label htmlFor={monthId} className="mb-1.5 block text-sm font-medium text-slate-700">
              {t('usageReports.month')}
            </label>
            <input
              id={monthId}
              type="month"
              value={monthText}
              max={thisMonth}
              onChange={(event) => chooseMonth(event.target.value)}
              aria-invalid={isMonthText(monthText) ? undefined : true}
              className={classNames(inputClassName, 'w-44')}
            />
          </div>
          <Button variant="secondary" onClick={() => chooseMonth(previousMonth(month))}>
            {t('usageReports.previousMonth')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => chooseMonth(nextMonth(month))}
            disabled={month >= thisMonth}
          >
            {t('usageReports.nextMonth')}
          </Button>
        </div>
        <p className="text-sm text-slate-500" aria-live="polite">
          {reports.isSuccess && t('usageReports.total', { value: number.format(rows.length) })}
        </p>
      </div>
      {!isMonthText(monthText) && (
        <p className="mb-4 text-xs font-medium text-red-700">{t('usageReports.validationMonth')}</p>
      )}

      {reports.isPending && <LoadingState />}
      {reports.isError && <Alert tone="error">{reports.error.message}</Alert>}
      {reports.isSuccess && rows.length === 0 && (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-600">
          {t('usageReports.empty')}
        </div>
      )}
      {reports.isSuccess && rows.length > 0 && (
        <div
          className={classNames(
            'overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm',
            reports.isPlaceholderData && 'opacity-60',
          )}
        >
          <table className="w-full min-w-[900px] text-left text-sm">
            <caption className="sr-only">{t('usageReports.listLabel', { month })}</caption>
            <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2.5">
                  <span className="sr-only">{t('usageReports.columnExpand')}</span>
                </th>
                {(
                  [
                    'columnName',
                    'columnDepartment',
                    'columnCalls',
                    'columnCost',
                    'columnPurposes',
                    'columnSubmittedAt',
                  ] as const
                ).map((column) => (
                  <th
                    key={column}
                    scope="col"
                    className={classNames(
                      'px-3 py-2.5 whitespace-nowrap',
                      (column === 'columnCalls' || column === 'columnCost') && 'text-right',
                    )}
                  >
                    {t(`usageReports.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((report) => {
                const open = expanded.has(report.id);
                const caseId = `usage-report-case-${report.id}`;
                return (
                  <Fragment key={report.id}>
                    <tr className="align-top">
                      <td className="px-2 py-1.5">
                        <Button
                          variant="ghost"
                          size="small"
                          aria-expanded={open}
                          aria-controls={caseId}
                          aria-label={t(open ? 'usageReports.hideCaseFor' : 'usageReports.showCaseFor', {
                            name: report.userName,
                          })}
                          onClick={() => toggle(report.id)}
                        >
                          <ChevronIcon
                            className={classNames('text-base transition-transform', open && 'rotate-90')}
                          />
                          <span className="hidden sm:inline">
                            {open ? t('usageReports.hideCase') : t('usageReports.showCase')}
                          </span>
                        </Button>
                      </td>
                      <th scope="row" className="px-3 py-2.5 font-medium whitespace-nowrap text-slate-900">
                        {report.userName}
                      </th>
                      <td className="px-3 py-2.5">{report.departmentName ?? '—'}</td>
                      <td className="px-3 py-2.5 text-right tabular-nums">{number.format(report.calls)}</td>
                      <td className="px-3 py-2.5 text-right whitespace-nowrap tabular-nums">
                        {t('metering.won', { value: number.format(report.costWon) })}
                      </td>
                      <td className="px-3 py-2.5">
                        <ul className="flex max-w-80 flex-wrap gap-1">
                          {report.topPurposes.map((slice) => (
                            <li
                              key={slice.key}
                              className="rounded bg-blue-50 px-1.5 py-0.5 text-xs text-blue-800"
                            >
                              {t('usageReports.purposeCalls', {
                                purpose: purposeLabel(slice),
                                value: number.format(slice.calls),
                              })}
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td className="px-3 py-2.5 whitespace-nowrap">
                        {formatSeoulDateTime(report.submittedAt, i18n.language)}
                      </td>
                    </tr>
                    <tr id={caseId} hidden={!open} className="bg-slate-50/70">
                      <td />
                      <td colSpan={6} className="px-3 pt-1 pb-4">
                        <p className="mb-1 text-xs font-semibold text-slate-600">
                          {t('usageReports.caseDescription')}
                        </p>
                        <p className="text-sm whitespace-pre-wrap text-slate-800">{report.caseDescription}</p>
                      </td>
                    </tr>
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </AdminPageFrame>
  );
}
