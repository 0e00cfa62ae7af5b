import type { ImportResult } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';

/** How many line errors to list; the rest are counted, since a broken file can have thousands. */
const shownErrorLimit = 200;

const encodingLabels: Record<ImportResult['encoding'], string> = { 'utf-8': 'UTF-8', cp949: 'CP949' };

export function ImportResultView({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const encoding = t('org.detectedEncoding', { encoding: encodingLabels[result.encoding] });

  if (result.ok) {
    const counts = [
      t('org.created', { count: result.created }),
      t('org.updated', { count: result.updated }),
      t('org.deactivated', { count: result.deactivated }),
      t('org.unchanged', { count: result.unchanged }),
    ];
    return (
      <Alert tone="success" className="mt-4">
        <p className="font-semibold">{t('org.importSucceeded')}</p>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {counts.map((count) => (
            <li key={count}>{count}</li>
          ))}
        </ul>
        <p className="mt-1 text-xs opacity-80">{encoding}</p>
      </Alert>
    );
  }

  const hiddenCount = Math.max(0, result.errors.length - shownErrorLimit);
  return (
    <Alert tone="error" className="mt-4">
      <p className="font-semibold">{t('org.importFailed')}</p>
      <p className="mt-0.5">{t('org.importFailedHint')}</p>
      <p className="mt-0.5 text-xs opacity-80">{encoding}</p>
      <ul className="mt-2 max-h-64 space-y-0.5 overflow-y-auto rounded-md bg-white/60 p-2 font-mono text-xs">
        {result.errors.slice(0, shownErrorLimit).map((lineError, index) => (
          <li key={`${lineError.line}-${index}`}>
            {t('org.lineError', { line: lineError.line, message: lineError.message })}
            {lineError.column !== undefined && <span className="ml-1 opacity-70">[{lineError.column}]</span>}
          </li>
        ))}
      </ul>
      {hiddenCount > 0 && <p className="mt-1 text-xs">{t('org.moreErrors', { count: hiddenCount })}</p>}
    </Alert>
  );
}
