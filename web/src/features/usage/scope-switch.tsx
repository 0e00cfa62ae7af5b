import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';
import type { AdminUsageScope } from './usage-search';

const scopes: readonly AdminUsageScope[] = ['platform', 'department'];

/** 전체 / 부서 as a pair of radio buttons: arrow keys move between them like any radio group. */
export function ScopeSwitch({
  value,
  onChange,
}: {
  value: AdminUsageScope;
  onChange: (scope: AdminUsageScope) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset>
      <legend className="mb-1.5 block text-sm font-medium text-slate-700">{t('usage.scope')}</legend>
      <div className="inline-flex h-10 rounded-lg border border-slate-300 bg-white p-0.5 shadow-sm">
        {scopes.map((scope) => (
          <label
            key={scope}
            className={classNames(
              'flex cursor-pointer items-center rounded-md px-4 text-sm font-medium has-focus-visible:outline-2 has-focus-visible:outline-blue-600',
              value === scope ? 'bg-blue-600 text-white' : 'text-slate-700 hover:bg-slate-50',
            )}
          >
            <input
              type="radio"
              name={name}
              value={scope}
              checked={value === scope}
              onChange={() => onChange(scope)}
              className="sr-only"
            />
            {t(`usage.scopes.${scope}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
