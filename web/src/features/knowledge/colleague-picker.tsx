import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';
import { inputClassName } from '../../components/text-field';
import { directoryUserQuery } from './directory-queries';

const searchDelayMilliseconds = 250;

export interface Colleague {
  id: string;
  name: string;
  rank: string | null;
  departmentName: string | null;
}

export interface ColleaguePickerProps {
  label: string;
  hint?: string;
  /** People not to offer (already shared with, or the person sharing). */
  excludedIds: readonly string[];
  onPick: (colleague: Colleague) => void;
}

/**
 * Finds a colleague in the directory by name or 사번 as an ARIA combobox: arrows move through the
 * results, Enter adds the highlighted one (or the first), Escape closes the list. The box empties after
 * each pick and keeps the focus, so several people can be added in a row.
 */
export function ColleaguePicker({ label, hint, excludedIds, onPick }: ColleaguePickerProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), searchDelayMilliseconds);
    return () => clearTimeout(timer);
  }, [text]);

  const users = useQuery({ ...directoryUserQuery(query), enabled: query !== '' && text.trim() !== '' });
  const results = query === '' ? [] : (users.data ?? []).filter((user) => !excludedIds.includes(user.id));
  const expanded = open && results.length > 0;

  const pick = (index: number) => {
    const user = results[index];
    if (user === undefined) {
      return;
    }
    onPick(user);
    setAnnouncement(t('knowledge.shares.userAdded', { name: user.name }));
    setText('');
    setQuery('');
    setOpen(false);
    setActiveIndex(-1);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (results.length > 0) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActiveIndex((index) =>
          index === -1 && step === -1 ? results.length - 1 : (index + step + results.length) % results.length,
        );
      }
    } else if (event.key === 'Enter') {
      if (expanded) {
        // Adding a person must not submit anything around the box.
        event.preventDefault();
        pick(activeIndex >= 0 ? activeIndex : 0);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActiveIndex(-1);
    }
  };

  const searching = text.trim() !== '' && (text.trim() !== query || users.isFetching);
  const status =
    text.trim() === ''
      ? ''
      : searching
        ? t('knowledge.shares.userSearching')
        : users.isError
          ? users.error.message
          : results.length === 0
            ? t('knowledge.shares.userNoResults')
            : t('knowledge.shares.userResults', { count: results.length });

  return (
    <div>
      <label htmlFor={inputId} className="mb-1.5 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <div className="relative">
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={
            expanded && activeIndex >= 0 ? `${listId}-${String(activeIndex)}` : undefined
          }
          aria-describedby={hint === undefined ? undefined : hintId}
          autoComplete="off"
          placeholder={t('knowledge.shares.userPlaceholder')}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActiveIndex(-1);
            setAnnouncement('');
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={handleKeyDown}
          className={inputClassName}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          hidden={!expanded}
          className="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
        >
          {results.map((user, index) => (
            <li
              key={user.id}
              id={`${listId}-${String(index)}`}
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
                {[user.rank, user.departmentName]
                  .filter((part): part is string => part !== null && part !== '')
                  .map((part) => ` · ${part}`)
                  .join('')}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement !== '' ? announcement : open ? status : ''}
      </p>
      {open && !searching && text.trim() !== '' && results.length === 0 && (
        <p
          className={classNames(
            'mt-1.5 text-xs',
            users.isError ? 'font-medium text-red-700' : 'text-slate-500',
          )}
        >
          {users.isError ? users.error.message : t('knowledge.shares.userNoResults')}
        </p>
      )}
      {hint !== undefined && (
        <p id={hintId} className="mt-1.5 text-xs text-slate-500">
          {hint}
        </p>
      )}
    </div>
  );
}
