import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { buttonClassName } from '../../components/button';
import { ChevronIcon } from '../../components/icons';

export function BackToTemplatesLink() {
  const { t } = useTranslation();
  return (
    <Link to="/admin/drafting-templates" className={`${buttonClassName('ghost', 'small')} mb-4 -ml-2.5`}>
      <ChevronIcon className="rotate-180 text-base" />
      {t('drafting.admin.back')}
    </Link>
  );
}
