import type { GuardNotice, ModelLocation } from '@jumugwan/contracts';
import { ShieldIcon } from '../../components/icons';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';
import { guardNoticeLines } from './guard-notice-text';

/** What the guard did to this exchange, in small quiet text under the answer. */
export function GuardNotices({
  notices,
  location,
}: {
  notices: readonly GuardNotice[];
  location: ModelLocation | null;
}) {
  const { t } = useTranslation();
  const lines = guardNoticeLines(notices, t, location);
  if (lines.length === 0) {
    return null;
  }
  return (
    <ul aria-label={t('chat.guardNoticesLabel')} className="mt-2 space-y-1">
      {lines.map((line) => (
        <li
          key={line.key}
          data-testid="guard-notice"
          data-kind={line.kind}
          className={classNames(
            'flex items-start gap-1.5 text-xs leading-5',
            line.tone === 'warning' ? 'text-amber-800' : 'text-slate-500',
          )}
        >
          <ShieldIcon className="mt-0.5 shrink-0 text-sm" />
          <span>{line.text}</span>
        </li>
      ))}
    </ul>
  );
}
