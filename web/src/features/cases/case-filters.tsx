import { purposeCategories, useCaseCategorySchema, useCaseListQuerySchema } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/select-field';
import { inputClassName } from '../../components/text-field';
import { useDebouncedValue } from '../drafting/use-debounced-value';
import { directoryDepartmentOptions } from '../knowledge/directory-department-options';
import { directoryDepartmentQuery } from '../knowledge/directory-queries';
import type { CaseListSearch } from './case-list-search';

/** How long the search box waits after the last key before asking the server. */
const searchDelayMilliseconds = 300;

const sorts = useCaseListQuerySchema.shape.sort.unwrap().options;

export interface CaseFiltersProps {
  search: CaseListSearch;
  onChange: (change: CaseListSearch) => void;
}

/** Search as you type, then category, department and order; every choice is kept in the address. */
export function CaseFilters({ search, onChange }: CaseFiltersProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const departments = useQuery(directoryDepartmentQuery);
  const [text, setText] = useState(search.q ?? '');
  const settled = useDebouncedValue(text, searchDelayMilliseconds);

  const applySearch = (value: string) => {
    const q = value.trim();
    if (q !== (search.q ?? '')) onChange({ q: q === '' ? undefined : q });
  };
  const applySettledSearch = useEffectEvent(applySearch);
  useEffect(() => applySettledSearch(settled), [settled]);

  return (
    <div className="mb-5 grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))]">
      <div>
        <label htmlFor={searchId} className="mb-1.5 block text-sm font-medium text-slate-700">
          {t('cases.filters.search')}
        </label>
        <input
          id={searchId}
          type="search"
          value={text}
          maxLength={100}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') applySearch(text);
          }}
          placeholder={t('cases.filters.searchPlaceholder')}
          className={inputClassName}
        />
      </div>
      <SelectField
        label={t('cases.filters.category')}
        value={search.category ?? ''}
        onChange={(event) => {
          const parsed = useCaseCategorySchema.safeParse(event.target.value);
          onChange({ category: parsed.success ? parsed.data : undefined });
        }}
      >
        <option value="">{t('cases.filters.allCategories')}</option>
        {purposeCategories.map((category) => (
          <option key={category} value={category}>
            {t(`usage.purposes.${category}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('cases.filters.department')}
        value={search.departmentId ?? ''}
        onChange={(event) =>
          onChange({ departmentId: event.target.value === '' ? undefined : event.target.value })
        }
      >
        <option value="">{t('cases.filters.allDepartments')}</option>
        {directoryDepartmentOptions(departments.data ?? []).map((department) => (
          <option key={department.id} value={department.id}>
            {department.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('cases.filters.sort')}
        value={search.sort ?? 'recent'}
        onChange={(event) => {
          const sort = sorts.find((option) => option === event.target.value);
          onChange({ sort: sort === 'recent' ? undefined : sort });
        }}
      >
        {sorts.map((sort) => (
          <option key={sort} value={sort}>
            {t(`cases.sort.${sort}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
