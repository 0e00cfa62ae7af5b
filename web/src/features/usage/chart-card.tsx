import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { classNames } from '../../components/class-names';
import { DataTable, type DataTableContent } from './data-table';
import { EChart } from './e-chart';
import type { ChartOption } from './echarts-core';

export interface ChartCardProps {
  title: string;
  /** A line under the title, e.g. the leading shares. */
  description?: ReactNode;
  /** The chart in words, its accessible name. */
  summary: string;
  option: ChartOption;
  table: DataTableContent;
  /** No data: a short note instead of an empty chart. */
  empty: boolean;
  height?: number;
  className?: string;
  /** h3 when the card sits inside a titled section. */
  headingLevel?: 'h2' | 'h3';
  /** Notes under the chart, e.g. when a budget runs out. */
  children?: ReactNode;
}

/** A titled chart with a 표로 보기 toggle that shows the same data as a table. */
export function ChartCard({
  title,
  description,
  summary,
  option,
  table,
  empty,
  height,
  className,
  headingLevel = 'h2',
  children,
}: ChartCardProps) {
  const Heading = headingLevel;
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  const bodyId = useId();

  return (
    <section
      aria-labelledby={headingId}
      className={classNames('min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm', className)}
    >
      <div className="mb-3 flex items-start justify-between gap-3">
        <div className="min-w-0">
          <Heading id={headingId} className="text-base font-semibold text-slate-900">
            {title}
          </Heading>
          {description !== undefined && <p className="mt-0.5 text-sm text-slate-600">{description}</p>}
        </div>
        {!empty && (
          <Button
            variant="ghost"
            size="small"
            aria-pressed={showTable}
            aria-controls={bodyId}
            onClick={() => setShowTable((current) => !current)}
            className="aria-pressed:bg-blue-50 aria-pressed:text-blue-700"
          >
            {t('usage.showTable')}
          </Button>
        )}
      </div>
      <div id={bodyId}>
        {empty ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-sm text-slate-500">
            {t('usage.noData')}
          </p>
        ) : showTable ? (
          <DataTable {...table} />
        ) : (
          <EChart option={option} label={summary} {...(height === undefined ? {} : { height })} />
        )}
      </div>
      {children}
    </section>
  );
}
