import { useTranslation } from 'react-i18next';
import { AdminPageFrame } from '../../components/admin-page-frame';
import { PageHeader } from '../../components/page-header';
import { BannedWordSection } from './banned-word-section';
import { DepartmentRetentionSection } from './department-retention-section';
import { GuardPolicySection } from './guard-policy-form';
import { GuardTestBox } from './guard-test-box';

/** /admin/guard: personal information handling, conversation retention, 금칙어 lists and a sentence test. */
export function GuardPage() {
  const { t } = useTranslation();
  return (
    <AdminPageFrame>
      <PageHeader title={t('guard.title')} description={t('guard.description')} />
      <div className="space-y-8">
        <GuardPolicySection />
        <DepartmentRetentionSection />
        <BannedWordSection />
        <GuardTestBox />
      </div>
    </AdminPageFrame>
  );
}
