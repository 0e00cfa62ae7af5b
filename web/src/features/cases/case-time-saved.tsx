import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';
import { ClockIcon } from './case-icons';
import { timeSaved } from './time-saved';

export interface CaseTimeSavedProps {
  minutesBefore: number | null;
  minutesAfter: number | null;
  className?: string;
}

/** 120분 → 30분 · 절감 90분 (75%); only what is known. */
export function CaseTimeSaved({ minutesBefore, minutesAfter, className }: CaseTimeSavedProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const saved = timeSaved(minutesBefore, minutesAfter);
  if (minutesBefore === null && minutesAfter === null) return null;
  const minutes = (value: number | null) =>
    value === null ? t('cases.time.unknown') : t('cases.time.minutes', { value: number.format(value) });
  return (
    <p className={classNames('flex flex-wrap items-center gap-x-1.5 text-sm text-slate-700', className)}>
      <ClockIcon className="shrink-0 text-base text-slate-500" />
      <span>
        {t('cases.time.beforeAfter', { before: minutes(minutesBefore), after: minutes(minutesAfter) })}
      </span>
      {saved !== null && saved.minutes > 0 && (
        <span className="font-semibold text-emerald-700" data-testid="case-time-saved">
          {saved.percent === null
            ? t('cases.time.saved', { minutes: number.format(saved.minutes) })
            : t('cases.time.savedPercent', {
                minutes: number.format(saved.minutes),
                percent: saved.percent,
              })}
        </span>
      )}
    </p>
  );
}
