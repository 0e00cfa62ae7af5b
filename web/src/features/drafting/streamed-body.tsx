import { useTranslation } from 'react-i18next';

/**
 * The body as the model writes it, in the editor's own font and place. Not a live region: every few
 * characters would be read out; the status line says when the draft is done.
 */
export function StreamedBody({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <div
      aria-label={t('drafting.generation.streamLabel')}
      role="region"
      className="min-h-[24rem] rounded-lg border border-blue-200 bg-white px-3 py-2 font-mono text-[15px] leading-7 whitespace-pre-wrap text-slate-800"
      data-testid="draft-stream"
    >
      {text}
      <span
        aria-hidden="true"
        className="ml-0.5 inline-block h-4 w-2 animate-pulse bg-blue-400 align-middle"
      />
    </div>
  );
}
