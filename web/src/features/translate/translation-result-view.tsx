import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { CopyButton } from '../../components/copy-button';
import { downloadFileName } from '../../components/download-file-name';
import { DownloadIcon } from '../../components/icons';
import { localDateString } from '../../components/local-date-string';
import { saveBlob } from '../../components/save-blob';
import { fetchParagraphsDocx } from './translate-queries';
import type { TranslationOutcome } from './translate-in-batches';
import { toTranslationLanguage } from './translation-languages';

export interface TranslationResultViewProps {
  outcome: TranslationOutcome;
  /** The source text changed after this translation was made. */
  stale: boolean;
}

/** 번역 결과: paragraph i of the source beside its translation, with copy and .txt/.docx downloads. */
export function TranslationResultView({ outcome, stale }: TranslationResultViewProps) {
  const { t } = useTranslation();
  const [madeAt] = useState(() => new Date());
  const translatedText = outcome.translations.join('\n\n');
  const detected =
    outcome.detectedSourceLanguage === null ? null : toTranslationLanguage(outcome.detectedSourceLanguage);

  const docx = useMutation({
    mutationFn: () =>
      fetchParagraphsDocx(
        t('translate.documentTitle', { date: localDateString(madeAt) }),
        outcome.translations,
      ),
    onSuccess: (blob) => saveBlob(blob, downloadFileName(t('translate.fileBaseName'), madeAt, 'docx')),
  });

  const downloadText = () => {
    // The byte-order mark makes older Windows Notepad read UTF-8 instead of guessing CP949.
    const blob = new Blob(['\uFEFF', translatedText.replace(/\n/g, '\r\n')], {
      type: 'text/plain;charset=utf-8',
    });
    saveBlob(blob, downloadFileName(t('translate.fileBaseName'), madeAt, 'txt'));
  };

  return (
    <section aria-labelledby="translation-result-heading" className="mt-8">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="translation-result-heading" className="text-lg font-semibold text-slate-900">
            {t('translate.result')}
          </h2>
          <p className="mt-0.5 text-xs text-slate-500">
            {t('translate.usedModel', { model: outcome.models.join(', ') })}
            {outcome.detectedSourceLanguage !== null && (
              <>
                {' · '}
                {t('translate.detectedLanguage', {
                  language: detected === null ? outcome.detectedSourceLanguage : t(`languages.${detected}`),
                })}
              </>
            )}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <CopyButton text={translatedText} label={t('translate.copyAll')} />
          <Button variant="secondary" size="small" onClick={downloadText}>
            <DownloadIcon className="text-base" />
            {t('translate.downloadTxt')}
          </Button>
          <Button variant="secondary" size="small" onClick={() => docx.mutate()} disabled={docx.isPending}>
            <DownloadIcon className="text-base" />
            {docx.isPending ? t('translate.preparingDocx') : t('translate.downloadDocx')}
          </Button>
        </div>
      </div>

      {stale && (
        <Alert tone="info" className="mb-3">
          {t('translate.resultStale')}
        </Alert>
      )}
      {docx.error !== null && (
        <Alert tone="error" className="mb-3">
          {docx.error.message}
        </Alert>
      )}

      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
        <table className="w-full table-fixed text-left text-sm">
          <caption className="sr-only">{t('translate.resultTable')}</caption>
          <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
            <tr>
              <th scope="col" className="w-10 px-2 py-2 text-center">
                <span className="sr-only">{t('translate.paragraphColumn')}</span>
              </th>
              <th scope="col" className="px-4 py-2">
                {t('translate.resultSource')}
              </th>
              <th scope="col" className="px-4 py-2">
                {t('translate.resultTarget')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {outcome.sources.map((source, index) => (
              // Paragraph order never changes within one result, so the index is a stable key.
              <tr key={index} className="align-top">
                <th
                  scope="row"
                  className="px-2 py-3 text-center text-xs font-normal text-slate-400 tabular-nums"
                >
                  {t('translate.paragraphNumber', { number: index + 1 })}
                </th>
                <td className="px-4 py-3 whitespace-pre-wrap text-slate-600">{source}</td>
                <td className="px-4 py-3 whitespace-pre-wrap text-slate-900">
                  {outcome.translations[index]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
