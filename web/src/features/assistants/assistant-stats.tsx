import type { AssistantSummary } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';

/** 사용 · 저장 · 평점 of an assistant, one short line. */
export function AssistantStats({
  assistant,
}: {
  assistant: Pick<AssistantSummary, 'uses' | 'saves' | 'ratingAverage' | 'ratingCount'>;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const rating =
    assistant.ratingAverage === null
      ? t('assistants.stats.noRating')
      : t('assistants.stats.rating', {
          average: assistant.ratingAverage.toLocaleString(i18n.language, {
            minimumFractionDigits: 1,
            maximumFractionDigits: 1,
          }),
          count: number.format(assistant.ratingCount),
        });
  return (
    <p className="text-xs text-slate-500 tabular-nums">
      {t('assistants.stats.uses', { value: number.format(assistant.uses) })}
      {' · '}
      {t('assistants.stats.saves', { value: number.format(assistant.saves) })}
      {' · '}
      {rating}
    </p>
  );
}
