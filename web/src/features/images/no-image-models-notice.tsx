import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { buttonClassName } from '../../components/button';

/** Shown instead of the form while no model has the image capability. */
export function NoImageModelsNotice({ isPlatformAdmin }: { isPlatformAdmin: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
      <h2 className="text-base font-semibold text-slate-900">{t('images.noModelsTitle')}</h2>
      {isPlatformAdmin ? (
        <>
          <p className="mt-2 text-sm text-slate-600">{t('images.noModelsAdmin')}</p>
          <Link to="/admin/models" className={`${buttonClassName('primary')} mt-5`}>
            {t('images.noModelsAdminLink')}
          </Link>
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t('images.noModelsStaff')}</p>
      )}
    </div>
  );
}
