import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { buttonClassName } from '../../components/button';
import { ChevronIcon } from '../../components/icons';

export function BackToDraftingLink() {
  const { t } = useTranslation();
  return (
    <Link to="/drafting" className={`${buttonClassName('ghost', 'small')} mb-4 -ml-2.5`}>
      <ChevronIcon className="rotate-180 text-base" />
      {t('drafting.back')}
    </Link>
  );
}
