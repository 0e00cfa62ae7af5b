import type { SessionResponse } from '@jumugwan/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NotificationBell } from '../features/notifications/notification-bell';
import { useLogout } from '../features/session/use-logout';
import { AdminMenu } from './admin-menu';
import { Button } from './button';
import { LanguageToggle } from './language-toggle';
import { ProductMark } from './product-mark';

const navigationLinkClassName =
  'rounded-lg px-2.5 py-1.5 whitespace-nowrap sm:px-3 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-blue-50 aria-[current=page]:text-blue-700';

export function AppHeader({ session }: { session: SessionResponse }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const { user } = session;
  const isPlatformAdmin = user.role === 'platform_admin';
  const isAdministrator = user.role !== 'staff';
  const affiliation = [user.department?.name ?? t('app.noDepartment'), user.rank].filter(Boolean).join(' · ');

  return (
    <header className="flex h-14 shrink-0 items-center gap-2 border-b border-slate-200 bg-white px-3 sm:gap-4 sm:px-5">
      <Link to="/chat" className="flex items-center gap-2 rounded-lg pr-1">
        <ProductMark />
        <span className="hidden text-base font-bold tracking-tight text-slate-900 sm:inline">
          {t('app.productName')}
        </span>
      </Link>

      <nav aria-label={t('app.mainNavigation')} className="flex min-w-0 items-center gap-1">
        {/* Only the links scroll; the 관리 menu stays outside so its list is not clipped by the scroller. */}
        <div className="flex min-w-0 items-center gap-1 overflow-x-auto p-1">
          <Link to="/chat" className={navigationLinkClassName}>
            {t('app.navChat')}
          </Link>
          <Link to="/translate" className={navigationLinkClassName}>
            {t('app.navTranslate')}
          </Link>
          <Link to="/images" className={navigationLinkClassName}>
            {t('app.navImages')}
          </Link>
          <Link to="/knowledge" className={navigationLinkClassName}>
            {t('app.navKnowledge')}
          </Link>
          <Link to="/drafting" className={navigationLinkClassName}>
            {t('app.navDrafting')}
          </Link>
          <Link to="/assistants" className={navigationLinkClassName}>
            {t('app.navAssistants')}
          </Link>
          <Link to="/cases" className={navigationLinkClassName}>
            {t('cases.nav')}
          </Link>
          <Link to="/usage" className={navigationLinkClassName}>
            {t('app.navUsage')}
          </Link>
          {isAdministrator && (
            <>
              <span aria-hidden="true" className="mx-1 h-5 w-px shrink-0 bg-slate-200" />
              <Link to="/admin/usage" className={navigationLinkClassName}>
                {t('app.navAdminUsage')}
              </Link>
            </>
          )}
        </div>
        {isPlatformAdmin && <AdminMenu />}
      </nav>

      <div className="ml-auto flex items-center gap-1 sm:gap-2">
        <div className="hidden text-right leading-tight md:block">
          <div className="text-sm font-semibold text-slate-900">{user.name}</div>
          <div className="text-xs text-slate-500">{affiliation}</div>
        </div>
        <Link
          to="/help"
          className="rounded-lg px-2 py-1.5 text-sm font-medium whitespace-nowrap text-slate-600 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-blue-50 aria-[current=page]:text-blue-700"
        >
          {t('help.nav')}
        </Link>
        <NotificationBell />
        <LanguageToggle />
        <Button variant="secondary" size="small" onClick={() => logout.mutate()} disabled={logout.isPending}>
          {logout.isPending ? t('app.loggingOut') : t('app.logout')}
        </Button>
      </div>
    </header>
  );
}
