import type { BannedWordList } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { classNames } from '../../components/class-names';
import { PencilIcon, TrashIcon } from '../../components/icons';
import { bannedWordActionDisplay } from './guard-labels';

export interface BannedWordListTableProps {
  lists: readonly BannedWordList[];
  onEdit: (list: BannedWordList) => void;
  onDelete: (list: BannedWordList) => void;
}

/** The 금칙어 lists; lists not in use stay listed, dimmed. */
export function BannedWordListTable({ lists, onEdit, onDelete }: BannedWordListTableProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const formatDateTime = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="w-full min-w-[720px] text-left text-sm">
        <caption className="sr-only">{t('guard.bannedListLabel')}</caption>
        <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
          <tr>
            {(
              ['columnName', 'columnAction', 'columnEnabled', 'columnWordCount', 'columnUpdated'] as const
            ).map((column) => (
              <th key={column} scope="col" className="px-3 py-2.5 whitespace-nowrap">
                {t(`guard.${column}`)}
              </th>
            ))}
            <th scope="col" className="px-3 py-2.5">
              <span className="sr-only">{t('guard.columnActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {lists.map((list) => {
            const action = bannedWordActionDisplay[list.action];
            return (
              <tr key={list.id} className={classNames(!list.enabled && 'text-slate-500')}>
                <th
                  scope="row"
                  className={classNames(
                    'px-3 py-2.5 font-medium',
                    list.enabled ? 'text-slate-900' : 'text-slate-500',
                  )}
                >
                  {list.name}
                </th>
                <td className="px-3 py-2.5">
                  <Badge tone={action.tone}>{t(action.labelKey)}</Badge>
                </td>
                <td className="px-3 py-2.5">
                  {list.enabled ? (
                    <Badge tone="emerald">{t('guard.enabledStatus')}</Badge>
                  ) : (
                    <Badge tone="slate">{t('guard.disabledStatus')}</Badge>
                  )}
                </td>
                <td className="px-3 py-2.5 whitespace-nowrap tabular-nums">
                  {t('guard.wordCount', { value: number.format(list.words.length) })}
                </td>
                <td className="px-3 py-2.5 whitespace-nowrap">{formatDateTime(list.updatedAt)}</td>
                <td className="px-3 py-1.5 text-right whitespace-nowrap">
                  <Button
                    variant="ghost"
                    size="small"
                    aria-label={t('guard.editListFor', { name: list.name })}
                    onClick={() => onEdit(list)}
                  >
                    <PencilIcon className="text-base" />
                    {t('common.edit')}
                  </Button>
                  <Button
                    variant="ghost"
                    size="small"
                    className="text-red-700 hover:bg-red-50 hover:text-red-800"
                    aria-label={t('guard.deleteListFor', { name: list.name })}
                    onClick={() => onDelete(list)}
                  >
                    <TrashIcon className="text-base" />
                    {t('common.delete')}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
