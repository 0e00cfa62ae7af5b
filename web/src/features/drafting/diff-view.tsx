import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';
import { diffStats, type DiffLine } from './line-diff';

/** A line diff: removed lines red with −, added lines green with +, with both line numbers. */
export function DiffView({ lines }: { lines: readonly DiffLine[] }) {
  const { t } = useTranslation();
  const stats = diffStats(lines);
  return (
    <div>
      <p className="mb-2 text-sm text-slate-600" role="status">
        {stats.added === 0 && stats.removed === 0
          ? t('drafting.compare.same')
          : t('drafting.compare.stats', { added: stats.added, removed: stats.removed })}
      </p>
      <div
        tabIndex={0}
        role="region"
        aria-label={t('drafting.compare.region')}
        className="max-h-[55vh] overflow-auto rounded-lg border border-slate-200 font-mono text-[13px] leading-6"
        data-testid="version-diff"
      >
        <table className="w-full border-collapse">
          <tbody>
            {lines.map((line, index) => (
              // A diff is shown once and never reordered: the index is a stable key.
              <tr
                key={index}
                data-kind={line.kind}
                className={classNames(
                  line.kind === 'added' && 'bg-emerald-50 text-emerald-900',
                  line.kind === 'removed' && 'bg-red-50 text-red-900',
                )}
              >
                <td className="w-10 px-2 text-right text-slate-400 select-none">{line.oldNumber ?? ''}</td>
                <td className="w-10 px-2 text-right text-slate-400 select-none">{line.newNumber ?? ''}</td>
                <td className="w-5 text-center select-none">
                  <span aria-hidden="true">
                    {line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ''}
                  </span>
                  <span className="sr-only">
                    {line.kind === 'added'
                      ? t('drafting.compare.added')
                      : line.kind === 'removed'
                        ? t('drafting.compare.removed')
                        : ''}
                  </span>
                </td>
                <td className="pr-3 whitespace-pre-wrap">{line.text === '' ? '\u00a0' : line.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
