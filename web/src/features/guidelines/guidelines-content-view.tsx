import type { GuidelineContent } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';

export interface GuidelinesContentViewProps {
  content: GuidelineContent;
  /** The level of the section headings (원칙, 점검 항목): 3 inside a dialog, 2 on a page. */
  headingLevel: 2 | 3;
}

/** The guidelines' introduction, numbered principles and checklist, as the dialog and the page show them. */
export function GuidelinesContentView({ content, headingLevel }: GuidelinesContentViewProps) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="space-y-5 text-sm leading-6 text-slate-700" data-testid="guidelines-content">
      {content.introduction !== '' && <p className="whitespace-pre-wrap">{content.introduction}</p>}
      <section>
        <Heading className="mb-2 text-base font-semibold text-slate-900">
          {t('guidelines.principles')}
        </Heading>
        <ol className="space-y-3">
          {content.principles.map((principle, index) => (
            <li key={index} className="flex gap-3">
              <span
                aria-hidden="true"
                className="mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-blue-50 text-xs font-bold text-blue-700"
              >
                {index + 1}
              </span>
              <div className="min-w-0">
                <p className="font-semibold text-slate-900">{principle.title}</p>
                <p className="whitespace-pre-wrap">{principle.description}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
      <section>
        <Heading className="mb-2 text-base font-semibold text-slate-900">{t('guidelines.checklist')}</Heading>
        <ul className="space-y-1.5">
          {content.checklist.map((item, index) => (
            <li key={index} className="flex gap-2">
              <span aria-hidden="true" className="text-blue-600">
                ✓
              </span>
              <span>{item.text}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
