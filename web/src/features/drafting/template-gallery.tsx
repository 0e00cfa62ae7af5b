import type { DraftTemplateSummary } from '@jumugwan/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inputClassName } from '../../components/text-field';
import { TemplateCard } from './template-card';
import { filterTemplates, groupTemplatesByCategory } from './template-groups';

/** 서식 고르기: the templates as cards grouped by category, narrowed by a search box as you type. */
export function TemplateGallery({ templates }: { templates: readonly DraftTemplateSummary[] }) {
  const { t } = useTranslation();
  const searchId = useId();
  const headingId = useId();
  const [query, setQuery] = useState('');
  const matching = filterTemplates(templates, query);
  const groups = groupTemplatesByCategory(matching);

  return (
    <section aria-labelledby={headingId}>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {t('drafting.gallery.heading')}
        </h2>
        <div className="w-full sm:w-72">
          <label htmlFor={searchId} className="sr-only">
            {t('drafting.gallery.searchLabel')}
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t('drafting.gallery.searchPlaceholder')}
            className={inputClassName}
          />
        </div>
      </div>
      <p role="status" className="sr-only">
        {query.trim() === '' ? '' : t('drafting.gallery.matches', { count: matching.length })}
      </p>
      {groups.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
          {templates.length === 0 ? t('drafting.gallery.empty') : t('drafting.gallery.noMatch')}
        </p>
      ) : (
        <div className="space-y-6">
          {groups.map((group) => (
            <section key={group.category} aria-label={group.category}>
              <h3 className="mb-2 text-sm font-semibold text-slate-700">
                {group.category}
                <span className="ml-1.5 font-normal text-slate-500 tabular-nums">
                  {group.templates.length}
                </span>
              </h3>
              <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                {group.templates.map((template) => (
                  <TemplateCard key={template.id} template={template} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
