import { Link, useRouterState } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from './class-names';
import { ChevronIcon } from './icons';

/** The administration pages, in two groups: running the platform, and what it costs. */
const adminMenuGroups = [
  {
    heading: 'app.navAdminPlatform',
    links: [
      { to: '/admin/models', label: 'app.navModels' },
      { to: '/admin/api-keys', label: 'app.navApiKeys' },
      { to: '/admin/org', label: 'app.navOrg' },
      { to: '/admin/guard', label: 'app.navGuard' },
      { to: '/admin/drafting-templates', label: 'app.navDraftingTemplates' },
      { to: '/admin/guidelines', label: 'guidelines.admin.nav' },
      { to: '/admin/cases', label: 'cases.admin.nav' },
      { to: '/admin/audit', label: 'app.navAudit' },
    ],
  },
  {
    heading: 'app.navAdminCosts',
    links: [
      { to: '/admin/prices', label: 'app.navPrices' },
      { to: '/admin/budgets', label: 'app.navBudgets' },
      { to: '/admin/plans', label: 'app.navPlans' },
      { to: '/admin/usage-reports', label: 'app.navUsageReports' },
    ],
  },
] as const;

/**
 * 관리: the administration links behind one disclosure button, so the header stays usable on narrow
 * screens. Arrow keys move between the links, Escape closes and returns focus to the button, and a
 * click elsewhere or tabbing away closes it.
 */
export function AdminMenu() {
  const { t } = useTranslation();
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const inAdmin = pathname.startsWith('/admin');

  useEffect(() => {
    if (!open) {
      return;
    }
    const closeOnOutsideClick = (event: PointerEvent) => {
      if (event.target instanceof Node && containerRef.current?.contains(event.target) !== true) {
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', closeOnOutsideClick);
    return () => document.removeEventListener('pointerdown', closeOnOutsideClick);
  }, [open]);

  const links = () => [...(panelRef.current?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])];

  const moveFocus = (step: 1 | -1 | 'first' | 'last') => {
    const all = links();
    const current = all.findIndex((link) => link === document.activeElement);
    const index =
      step === 'first'
        ? 0
        : step === 'last'
          ? all.length - 1
          : current === -1
            ? step === 1
              ? 0
              : all.length - 1
            : (current + step + all.length) % all.length;
    all[index]?.focus();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
      return;
    }
    const moves: Partial<Record<string, 1 | -1 | 'first' | 'last'>> = {
      ArrowDown: 1,
      ArrowUp: -1,
      Home: 'first',
      End: 'last',
    };
    const move = moves[event.key];
    if (move === undefined) {
      return;
    }
    event.preventDefault();
    if (!open) {
      setOpen(true);
      // The links render hidden until open; wait one frame for them to be focusable.
      requestAnimationFrame(() => moveFocus(move === -1 || move === 'last' ? 'last' : 'first'));
      return;
    }
    moveFocus(move);
  };

  const handleBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (open && event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) {
      setOpen(false);
    }
  };

  return (
    <div ref={containerRef} className="shrink-0 sm:relative" onKeyDown={handleKeyDown} onBlur={handleBlur}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((previous) => !previous)}
        className={classNames(
          'inline-flex items-center gap-1 rounded-lg px-2.5 py-1.5 text-sm font-medium whitespace-nowrap hover:bg-slate-100 hover:text-slate-900 sm:px-3',
          inAdmin ? 'bg-blue-50 text-blue-700' : 'text-slate-600',
        )}
      >
        {t('app.navAdmin')}
        <ChevronIcon
          className={classNames('text-sm transition-transform', open ? '-rotate-90' : 'rotate-90')}
        />
      </button>
      <div
        ref={panelRef}
        id={panelId}
        hidden={!open}
        className="fixed inset-x-2 top-14 z-40 mt-1 rounded-xl border border-slate-200 bg-white p-2 shadow-xl sm:absolute sm:inset-x-auto sm:top-full sm:left-0 sm:mt-2 sm:w-60"
      >
        {adminMenuGroups.map((group) => (
          <div key={group.heading} className="py-1">
            <p className="px-2.5 pb-1 text-xs font-semibold text-slate-500" aria-hidden="true">
              {t(group.heading)}
            </p>
            <ul aria-label={t(group.heading)}>
              {group.links.map((link) => (
                <li key={link.to}>
                  <Link
                    to={link.to}
                    onClick={() => setOpen(false)}
                    className="block rounded-lg px-2.5 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:bg-slate-100 aria-[current=page]:bg-blue-50 aria-[current=page]:text-blue-700"
                  >
                    {t(link.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </div>
  );
}
