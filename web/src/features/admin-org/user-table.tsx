import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { classNames } from '../../components/class-names';
import { inputClassName } from '../../components/text-field';
import { sessionQuery } from '../session/session-query';
import { DeleteAccountButton } from './delete-account-button';
import { userListQuery } from './org-queries';

const pageSize = 50;
const searchDelayMilliseconds = 300;

/** Searchable, paged user list; retired or deactivated users stay listed but are marked. */
export function UserTable() {
  const { t, i18n } = useTranslation();
  const searchId = useId();
  const [searchText, setSearchText] = useState('');
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);

  // Search once typing pauses, not on every keystroke.
  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(searchText.trim());
      setOffset(0);
    }, searchDelayMilliseconds);
    return () => clearTimeout(timer);
  }, [searchText]);

  const session = useQuery(sessionQuery);
  const users = useQuery(userListQuery({ query, offset, limit: pageSize }));
  const total = users.data?.total ?? 0;
  const rows = users.data?.users ?? [];
  const formatDate = (iso: string | null) =>
    iso === null
      ? t('org.never')
      : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div className="w-full max-w-sm">
          <label htmlFor={searchId} className="mb-1.5 block text-sm font-medium text-slate-700">
            {t('org.searchUsers')}
          </label>
          <input
            id={searchId}
            type="search"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
            placeholder={t('org.searchPlaceholder')}
            className={inputClassName}
          />
        </div>
        <p className="text-sm text-slate-500" aria-live="polite">
          {users.isSuccess && t('org.totalUsers', { total })}
        </p>
      </div>

      {users.isError && <Alert tone="error">{users.error.message}</Alert>}

      <div
        className={classNames(
          'overflow-x-auto rounded-lg border border-slate-200',
          users.isFetching && 'opacity-70',
        )}
      >
        <table className="w-full min-w-[720px] text-left text-sm">
          <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2.5">
                {t('org.columnEmployeeNumber')}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t('org.columnName')}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t('org.columnRank')}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t('org.columnDepartment')}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t('org.columnEmail')}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t('org.columnRole')}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t('org.columnStatus')}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t('org.columnLastSignIn')}
              </th>
              <th scope="col" className="px-3 py-2.5">
                <span className="sr-only">{t('org.columnActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((user) => (
              <tr key={user.id} className={classNames(!user.active && 'bg-slate-50 text-slate-400')}>
                <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">
                  {user.employeeNumber ?? user.username ?? '—'}
                </td>
                <td className="px-3 py-2 font-medium whitespace-nowrap">{user.name}</td>
                <td className="px-3 py-2 whitespace-nowrap">{user.rank ?? '—'}</td>
                <td className="px-3 py-2">{user.departmentName ?? '—'}</td>
                <td className="px-3 py-2 break-all">{user.email ?? '—'}</td>
                <td className="px-3 py-2 whitespace-nowrap">{t(`roles.${user.role}`)}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {user.active ? (
                    <span className="text-emerald-700">{t('org.active')}</span>
                  ) : (
                    <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-600">
                      {t('org.inactive')}
                    </span>
                  )}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{formatDate(user.lastSignInAt)}</td>
                <td className="px-3 py-2 text-right whitespace-nowrap">
                  {user.active && user.id !== session.data?.user.id && <DeleteAccountButton user={user} />}
                </td>
              </tr>
            ))}
            {users.isSuccess && rows.length === 0 && (
              <tr>
                <td colSpan={9} className="px-3 py-8 text-center text-slate-500">
                  {t('org.noUsers')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      {total > pageSize && (
        <nav
          aria-label={t('org.pagination')}
          className="mt-3 flex items-center justify-end gap-3 text-sm text-slate-600"
        >
          <span className="tabular-nums">
            {t('org.pageRange', { from: offset + 1, to: Math.min(offset + pageSize, total), total })}
          </span>
          <Button
            variant="secondary"
            size="small"
            disabled={offset === 0}
            onClick={() => setOffset((current) => Math.max(0, current - pageSize))}
          >
            {t('org.previousPage')}
          </Button>
          <Button
            variant="secondary"
            size="small"
            disabled={offset + pageSize >= total}
            onClick={() => setOffset((current) => current + pageSize)}
          >
            {t('org.nextPage')}
          </Button>
        </nav>
      )}
    </div>
  );
}
