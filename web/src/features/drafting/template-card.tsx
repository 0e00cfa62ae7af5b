import type { DraftTemplateSummary } from '@jumugwan/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';

/** A template in the gallery; the whole card is the link to its form. */
export function TemplateCard({ template }: { template: DraftTemplateSummary }) {
  const { t } = useTranslation();
  return (
    <li className="relative flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-blue-600 hover:border-blue-300">
      <h4 className="text-base font-semibold text-slate-900">
        <Link
          to="/drafting/new/$templateId"
          params={{ templateId: template.id }}
          className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none"
        >
          {template.name}
        </Link>
      </h4>
      {template.description !== '' && (
        <p className="mt-1 line-clamp-3 text-sm text-slate-600">{template.description}</p>
      )}
      {/* Only the institution's own templates are marked; built-in ones are the rule. */}
      {!template.builtIn && (
        <div className="mt-auto flex flex-wrap gap-1.5 pt-3">
          <Badge tone="blue">{t('drafting.gallery.institution')}</Badge>
        </div>
      )}
    </li>
  );
}
