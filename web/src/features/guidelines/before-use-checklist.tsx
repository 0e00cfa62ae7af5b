import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { CheckboxField } from '../../components/checkbox-field';
import { classNames } from '../../components/class-names';
import { Dialog } from '../../components/dialog';
import { ShieldIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { guidelinesStatusQuery } from './guideline-queries';

export interface BeforeUseChecklistProps {
  /** What is about to be used: a chat answer or a drafted document. */
  subject: 'answer' | 'draft';
  className?: string;
}

/**
 * "이 답변을 업무에 쓰기 전에": a small button opening the guidelines' checklist as checkboxes to tick for
 * oneself (nothing is stored), with a link to the full guidelines.
 */
export function BeforeUseChecklist({ subject, className }: BeforeUseChecklistProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        className={classNames(
          'inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-xs font-medium text-slate-500 hover:bg-slate-100 hover:text-slate-800',
          className,
        )}
      >
        <ShieldIcon className="text-sm" />
        {t('guidelines.checklistButton')}
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t(`guidelines.beforeUse.${subject}`)}>
        <ChecklistContent onClose={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function ChecklistContent({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const status = useQuery(guidelinesStatusQuery);
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());

  if (status.isPending) return <LoadingState />;
  if (status.isError) return <Alert tone="error">{status.error.message}</Alert>;

  const items = status.data.current.content.checklist;
  const toggle = (index: number, on: boolean) =>
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(index);
      else next.delete(index);
      return next;
    });
  const allChecked = checked.size === items.length;

  return (
    <div>
      <p className="mb-4 text-sm text-slate-600">{t('guidelines.beforeUse.intro')}</p>
      <fieldset>
        <legend className="sr-only">{t('guidelines.checklist')}</legend>
        <ul className="space-y-2.5">
          {items.map((item, index) => (
            <li key={index}>
              <CheckboxField
                label={item.text}
                checked={checked.has(index)}
                onChange={(on) => toggle(index, on)}
              />
            </li>
          ))}
        </ul>
      </fieldset>
      <p
        role="status"
        className={classNames('mt-4 text-sm font-medium', allChecked ? 'text-emerald-700' : 'text-slate-600')}
      >
        {allChecked
          ? t('guidelines.beforeUse.allChecked')
          : t('guidelines.beforeUse.progress', { checked: checked.size, total: items.length })}
      </p>
      <p className="mt-1 text-xs text-slate-500">{t('guidelines.beforeUse.notStored')}</p>
      <div className="mt-5 flex flex-wrap items-center justify-between gap-2">
        <Link
          to="/guidelines"
          onClick={onClose}
          className="text-sm font-medium text-blue-700 underline underline-offset-2 hover:text-blue-800"
        >
          {t('guidelines.beforeUse.fullGuidelines')}
        </Link>
        <Button variant="secondary" onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>
    </div>
  );
}
