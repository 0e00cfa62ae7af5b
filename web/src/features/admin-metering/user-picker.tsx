import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClassName } from '../../components/button';
import { classNames } from '../../components/class-names';
import { inputClassName } from '../../components/text-field';
import { userListQuery } from '../admin-org/org-queries';
import type { PickedUser } from './budget-draft';

const resultLimit = 8;
const searchDelayMilliseconds = 250;

export interface UserPickerProps {
  label: string;
  value: PickedUser | null;
  onChange: (user: PickedUser | null) => void;
  error?: string | null;
  hint?: string;
  autoFocus?: boolean;
}

/**
 * Finds a person through the organisation API (name, 사번 or 아이디) as an ARIA combobox: arrows move
 * through the results, Enter picks, Escape closes the list. Once picked, the person is shown with a
 * button to pick someone else. Deactivated people are not offered.
 */
export function UserPicker({ label, value, onChange, error, hint, autoFocus }: UserPickerProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const listId = useId();
  const hintId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const pendingFocus = useRef<'input' | 'change' | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), searchDelayMilliseconds);
    return () => clearTimeout(timer);
  }, [text]);

  // Focus follows the swap between the search box and the chosen person, so keyboard users stay in place.
  useEffect(() => {
    const target = pendingFocus.current === 'input' ? inputRef.current : changeRef.current;
    if (pendingFocus.current !== null && target !== null) {
      target.focus();
    }
    pendingFocus.current = null;
  }, [value]);

  const users = useQuery({
    ...userListQuery({ query, offset: 0, limit: resultLimit }),
    enabled: open && value === null,
  });
  const results = (users.data?.users ?? []).filter((user) => user.active);
  const describedBy = [hint !== undefined && hintId, error && errorId].filter(Boolean).join(' ') || undefined;

  const pick = (index: number) => {
    const user = results[index];
    if (user === undefined) {
      return;
    }
    onChange({ id: user.id, name: user.name, departmentName: user.departmentName });
    setOpen(false);
    setActiveIndex(-1);
    setText('');
    pendingFocus.current = 'change';
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (results.length > 0) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActiveIndex((index) => (index + step + results.length) % results.length);
      }
    } else if (event.key === 'Enter') {
      if (open && activeIndex >= 0) {
        // Picking a person must not submit the surrounding form.
        event.preventDefault();
        pick(activeIndex);
      }
    } else if (event.key === 'Escape' && open) {
      // Only the list closes; a second Escape reaches the dialog around the form.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActiveIndex(-1);
    }
  };

  const status = users.isFetching
    ? t('metering.userSearching')
    : users.isError
      ? users.error.message
      : users.isSuccess && results.length === 0
        ? t('metering.userNoResults')
        : users.isSuccess
          ? t('metering.userResults', { value: results.length })
          : '';

  return (
    <div>
      <span id={labelId} className="mb-1.5 block text-sm font-medium text-slate-700">
        {label}
      </span>
      {value !== null ? (
        <div
          role="group"
          aria-labelledby={labelId}
          className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-300 bg-slate-50 px-3 py-1.5"
        >
          <span className="min-w-0 flex-1 text-sm text-slate-900">
            <span className="font-medium">{value.name}</span>
            {value.departmentName !== null && (
              <span className="text-slate-500"> · {value.departmentName}</span>
            )}
          </span>
          <button
            ref={changeRef}
            type="button"
            className={buttonClassName('ghost', 'small')}
            onClick={() => {
              pendingFocus.current = 'input';
              onChange(null);
              setOpen(true);
            }}
            aria-describedby={describedBy}
          >
            {t('metering.userChange')}
          </button>
        </div>
      ) : (
        <div className="relative">
          <input
            ref={inputRef}
            type="text"
            role="combobox"
            aria-expanded={open && results.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-labelledby={labelId}
            aria-activedescendant={open && activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            autoComplete="off"
            autoFocus={autoFocus}
            placeholder={t('metering.userPlaceholder')}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActiveIndex(-1);
            }}
            onBlur={() => setOpen(false)}
            onKeyDown={handleKeyDown}
            className={inputClassName}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={label}
            hidden={!open || results.length === 0}
            className="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
          >
            {results.map((user, index) => (
              <li
                key={user.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                // mousedown, not click: the input would blur first and close the list.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(index);
                }}
                onMouseEnter={() => setActiveIndex(index)}
                className={classNames(
                  'cursor-pointer px-3 py-2 text-sm',
                  index === activeIndex ? 'bg-blue-50 text-blue-900' : 'text-slate-800',
                )}
              >
                <span className="font-medium">{user.name}</span>
                <span className="text-slate-500">
                  {[user.rank, user.departmentName, user.employeeNumber ?? user.username]
                    .filter((part) => part !== null && part !== '')
                    .map((part) => ` · ${part ?? ''}`)
                    .join('')}
                </span>
              </li>
            ))}
          </ul>
          <p className="sr-only" aria-live="polite">
            {open ? status : ''}
          </p>
          {open && users.isSuccess && results.length === 0 && !users.isFetching && (
            <p className="mt-1.5 text-xs text-slate-500">{t('metering.userNoResults')}</p>
          )}
          {open && users.isError && (
            <p className="mt-1.5 text-xs font-medium text-red-700">{users.error.message}</p>
          )}
        </div>
      )}
      {hint !== undefined && (
        <p id={hintId} className="mt-1.5 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1.5 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
