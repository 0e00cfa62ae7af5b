import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { ProgressBar } from '../../components/progress-bar';
import type { SourceFileStatus } from './use-source-file-upload';

/** Upload progress, then what was loaded, or why not. */
export function SourceFileStatusView({ status }: { status: SourceFileStatus }) {
  const { t } = useTranslation();
  switch (status.phase) {
    case 'idle':
      return null;
    case 'uploading': {
      const percent = Math.round(status.fraction * 100);
      return (
        <ProgressBar
          className="mt-3"
          label={t('translate.uploadProgress')}
          percent={percent}
          status={percent < 100 ? t('translate.uploading', { percent }) : t('translate.extracting')}
        />
      );
    }
    case 'loaded':
      return (
        <Alert tone="success" className="mt-3">
          {t('translate.fileLoaded', { name: status.fileName, count: status.count })}
        </Alert>
      );
    case 'failed':
      return (
        <Alert tone="error" className="mt-3">
          {status.message}
        </Alert>
      );
  }
}
