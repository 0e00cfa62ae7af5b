import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { buttonClassName } from '../../components/button';

/** Shown instead of the chat when no model is registered or enabled yet. */
export function NoModelsNotice({ isPlatformAdmin }: { isPlatformAdmin: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="mx-auto mt-[12vh] max-w-md rounded-2xl border border-slate-200 bg-white p-8 text-center shadow-sm">
      <h2 className="text-lg font-semibold text-slate-900">{t('chat.noModelsTitle')}</h2>
      {isPlatformAdmin ? (
        <>
          <p className="mt-2 text-sm text-slate-600">{t('chat.noModelsAdmin')}</p>
          <Link to="/admin/models" className={`${buttonClassName('primary')} mt-6`}>
            {t('chat.noModelsAdminLink')}
          </Link>
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t('chat.noModelsStaff')}</p>
      )}
    </div>
  );
}
