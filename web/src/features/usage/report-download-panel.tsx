import { monthSchema } from '@jumugwan/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { ElapsedProgress } from '../../components/elapsed-progress';
import { DownloadIcon } from '../../components/icons';
import { saveBlob } from '../../components/save-blob';
import { TextField } from '../../components/text-field';
import type { MonthlyReportRequest, ReportFormat, ReportKind } from './usage-paths';
import { downloadMonthlyReport } from './usage-queries';
import { useUsageFormat } from './use-usage-format';

const kinds: readonly ReportKind[] = ['department', 'user'];
const formats: readonly ReportFormat[] = ['xlsx', 'csv'];

export interface ReportDownloadPanelProps {
  /** The month offered first: the last month of the dashboard's period. */
  month: string;
  maxMonth: string;
  /** A platform admin's chosen department; department admins get their own from the server. */
  departmentId: string | undefined;
}

/** One month's report by department or by person, as XLSX or CSV, with progress while the server builds it. */
export function ReportDownloadPanel({
  month: periodMonth,
  maxMonth,
  departmentId,
}: ReportDownloadPanelProps) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const [month, setMonth] = useState(periodMonth);
  const [shownPeriodMonth, setShownPeriodMonth] = useState(periodMonth);
  // A new dashboard period offers its own last month.
  if (shownPeriodMonth !== periodMonth) {
    setShownPeriodMonth(periodMonth);
    setMonth(periodMonth);
  }
  const monthValid = monthSchema.safeParse(month).success;

  const label = (request: Pick<MonthlyReportRequest, 'kind' | 'format'>) =>
    t('usage.reportDownloadButton', {
      kind: t(`usage.reportKinds.${request.kind}`),
      format: request.format.toUpperCase(),
    });

  const download = useMutation({
    mutationFn: (request: MonthlyReportRequest) =>
      downloadMonthlyReport(
        request,
        `${t('usage.reportFileBaseName', { kind: t(`usage.reportKinds.${request.kind}`) })}-${request.month}.${request.format}`,
      ),
    onSuccess: ({ blob, fileName }) => saveBlob(blob, fileName),
  });
  const pending = download.isPending ? download.variables : undefined;

  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          label={t('usage.reportDownloadMonth')}
          type="month"
          max={maxMonth}
          value={month}
          onChange={(event) => {
            setMonth(event.target.value);
            download.reset();
          }}
          error={monthValid ? null : t('usage.invalidMonth')}
          className="w-48"
        />
        {kinds.map((kind) =>
          formats.map((fileFormat) => {
            const isThis = pending?.kind === kind && pending.format === fileFormat;
            return (
              <Button
                key={`${kind}-${fileFormat}`}
                variant="secondary"
                disabled={download.isPending || !monthValid}
                aria-busy={isThis}
                onClick={() => download.mutate({ month, kind, format: fileFormat, departmentId })}
              >
                <DownloadIcon className="text-base" />
                {isThis ? t('usage.reportDownloading') : label({ kind, format: fileFormat })}
              </Button>
            );
          }),
        )}
      </div>
      {pending !== undefined && (
        <ElapsedProgress
          className="mt-3"
          label={t('usage.reportPreparing', { month: format.month(pending.month), report: label(pending) })}
        />
      )}
      {download.isError && (
        <Alert tone="error" className="mt-3">
          {download.error.message}
        </Alert>
      )}
      {download.isSuccess && (
        <Alert tone="success" className="mt-3">
          {t('usage.reportDownloaded', { fileName: download.data.fileName })}
        </Alert>
      )}
    </div>
  );
}
