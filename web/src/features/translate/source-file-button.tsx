import { useTranslation } from 'react-i18next';
import { buttonClassName } from '../../components/button';
import { classNames } from '../../components/class-names';
import { UploadIcon } from '../../components/icons';

export interface SourceFileButtonProps {
  onFile: (file: File) => void;
  disabled?: boolean;
}

/** 파일에서 불러오기: a file input styled as a button; the input itself takes focus, the label shows it. */
export function SourceFileButton({ onFile, disabled = false }: SourceFileButtonProps) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label
        className={classNames(
          buttonClassName('secondary', 'small'),
          'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-blue-600',
          disabled ? 'cursor-not-allowed text-slate-400' : 'cursor-pointer',
        )}
      >
        <UploadIcon className="text-base" />
        {t('translate.file')}
        <input
          type="file"
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          className="sr-only"
          disabled={disabled}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so choosing the same file again loads it again.
            event.target.value = '';
            if (file !== undefined) {
              onFile(file);
            }
          }}
        />
      </label>
      <span className="text-xs text-slate-500">{t('translate.fileHint')}</span>
    </div>
  );
}
