import { expectedFileName, type ExpectedFile } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';

/**
 * Above the composer of a new chat with an assistant: the files it expects, required ones marked, and
 * where to attach them (the composer's 파일 첨부 button, which is highlighted meanwhile).
 */
export function ExpectedFilesNotice({ id, files }: { id: string; files: readonly ExpectedFile[] }) {
  const { t } = useTranslation();
  if (files.length === 0) {
    return null;
  }
  return (
    <div
      id={id}
      data-testid="expected-files-notice"
      className="mb-2 rounded-lg border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-900"
    >
      <p className="font-medium">{t('assistants.chat.expectedFiles')}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs">
        {files.map((file, index) => (
          <li key={index}>
            {expectedFileName(file)}
            {file.required && <strong className="ml-1 text-red-700">{t('assistants.files.required')}</strong>}
            {file.description !== '' && <span className="text-blue-800"> — {file.description}</span>}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-xs text-blue-800">{t('assistants.chat.expectedFilesHint')}</p>
    </div>
  );
}
