import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClassName } from '../../components/button';
import { classNames } from '../../components/class-names';
import { UploadIcon } from '../../components/icons';

/** The formats the server reads; the picker offers them, the server still decides (and says why not). */
export const acceptedDocumentTypes = '.hwp,.hwpx,.pdf,.docx,.xlsx,.xls,.csv,.pptx,.txt,.md,.html,.htm';

/**
 * Drop files here, or pick them (several at once). The picker is a real file input, so it is reached by
 * Tab and opened with Enter or Space; dropping is the mouse shortcut.
 */
export function UploadZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);

  const hasFiles = (event: DragEvent<HTMLElement>) => event.dataTransfer.types.includes('Files');

  return (
    <section
      aria-label={t('knowledge.upload.heading')}
      onDragEnter={(event) => {
        if (hasFiles(event)) {
          event.preventDefault();
          setDragging(true);
        }
      }}
      onDragOver={(event) => {
        if (hasFiles(event)) {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }
      }}
      onDragLeave={(event) => {
        // Leaving for a child element is not leaving the zone.
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) {
          setDragging(false);
        }
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        onFiles([...event.dataTransfer.files]);
      }}
      className={classNames(
        'flex flex-col items-center justify-center gap-3 rounded-xl border-2 border-dashed px-6 py-8 text-center transition-colors',
        dragging ? 'border-blue-500 bg-blue-50' : 'border-slate-300 bg-white',
      )}
    >
      <UploadIcon className="text-3xl text-slate-400" aria-hidden="true" />
      <p className="text-sm text-slate-700">
        {dragging ? t('knowledge.upload.dropNow') : t('knowledge.upload.dropHint')}
      </p>
      <label
        className={classNames(
          buttonClassName('primary'),
          'cursor-pointer has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-blue-600',
        )}
      >
        {t('knowledge.upload.choose')}
        <input
          type="file"
          multiple
          accept={acceptedDocumentTypes}
          aria-describedby={hintId}
          className="sr-only"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared so the same files can be chosen again (e.g. after fixing one).
            event.target.value = '';
            onFiles(files);
          }}
        />
      </label>
      <p id={hintId} className="text-xs text-slate-500">
        {t('knowledge.upload.formats')}
      </p>
    </section>
  );
}
