import { purposeCategories, type AssistantGallerySort } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/select-field';
import { inputClassName } from '../../components/text-field';
import { directoryDepartmentOptions } from '../knowledge/directory-department-options';
import { directoryDepartmentQuery } from '../knowledge/directory-queries';
import type { GallerySearch } from './gallery-search';

const searchDelayMilliseconds = 300;

export const gallerySorts = [
  'popular',
  'uses',
  'saves',
  'rating',
  'recent',
  'name',
] as const satisfies readonly AssistantGallerySort[];

export interface GalleryFiltersProps {
  search: GallerySearch;
  onChange: (change: Partial<GallerySearch>) => void;
}

/** 검색, 분류, 부서 and 정렬 of the gallery; the search box waits for a pause in typing. */
export function GalleryFilters({ search, onChange }: GalleryFiltersProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const departments = useQuery(directoryDepartmentQuery);
  const [text, setText] = useState(search.q ?? '');
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timerRef.current !== null) clearTimeout(timerRef.current);
    },
    [],
  );

  // The address follows the box once typing pauses, so every keystroke is not a request.
  const changeText = (value: string) => {
    setText(value);
    if (timerRef.current !== null) clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => {
      const query = value.trim();
      onChange({ q: query === '' ? undefined : query });
    }, searchDelayMilliseconds);
  };

  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))]">
      <div>
        <label htmlFor={searchId} className="mb-1.5 block text-sm font-medium text-slate-700">
          {t('assistants.gallery.searchLabel')}
        </label>
        <input
          id={searchId}
          type="search"
          value={text}
          onChange={(event) => changeText(event.target.value)}
          placeholder={t('assistants.gallery.searchPlaceholder')}
          className={inputClassName}
        />
      </div>
      <SelectField
        label={t('assistants.gallery.category')}
        value={search.category ?? ''}
        onChange={(event) => {
          const category = purposeCategories.find((candidate) => candidate === event.target.value);
          onChange({ category });
        }}
      >
        <option value="">{t('assistants.gallery.allCategories')}</option>
        {purposeCategories.map((category) => (
          <option key={category} value={category}>
            {t(`assistants.categories.${category}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('assistants.gallery.department')}
        value={search.department ?? ''}
        onChange={(event) =>
          onChange({ department: event.target.value === '' ? undefined : event.target.value })
        }
        error={departments.isError ? departments.error.message : null}
      >
        <option value="">{t('assistants.gallery.allDepartments')}</option>
        {directoryDepartmentOptions(departments.data ?? []).map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('assistants.gallery.sort')}
        value={search.sort ?? 'popular'}
        onChange={(event) => {
          const sort = gallerySorts.find((candidate) => candidate === event.target.value);
          onChange({ sort: sort === 'popular' ? undefined : sort });
        }}
      >
        {gallerySorts.map((sort) => (
          <option key={sort} value={sort}>
            {t(`assistants.gallery.sorts.${sort}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
