import type { GuardNotice, ModelLocation } from '@jumugwan/contracts';
import type { SVGProps } from 'react';
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

function ShieldIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      <path d="M12 3 5 6v5c0 4.4 2.9 8.3 7 9.5 4.1-1.2 7-5.1 7-9.5V6l-7-3Z" />
    </svg>
  );
}
