import { useTranslation } from 'react-i18next';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { BackToCases } from './case-page';
import { CaseForm } from './case-form';

/** /cases/new: share how AI helped with a task. */
export function NewCasePage() {
  const { t } = useTranslation();
  return (
    <PageFrame>
      <BackToCases />
      <PageHeader title={t('cases.form.createTitle')} description={t('cases.form.createDescription')} />
      <div className="max-w-3xl">
        <CaseForm existing={null} />
      </div>
    </PageFrame>
  );
}
