import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from './language-toggle';
import { ProductMark } from './product-mark';

export interface AuthCardLayoutProps {
  title: string;
  subtitle?: string;
  children: ReactNode;
}

/** Centered card used by the pages shown before a session exists (login, first-run setup). */
export function AuthCardLayout({ title, subtitle, children }: AuthCardLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-dvh flex-col bg-gradient-to-b from-slate-100 to-slate-50">
      <div className="flex justify-end p-4">
        <LanguageToggle />
      </div>
      <main className="flex flex-1 items-start justify-center px-4 pt-[8vh] pb-16">
        <div className="w-full max-w-sm">
          <div className="mb-6 flex items-center justify-center gap-2.5">
            <ProductMark />
            <span className="text-xl font-bold tracking-tight text-slate-900">{t('app.productName')}</span>
          </div>
          <div className="rounded-2xl border border-slate-200 bg-white p-7 shadow-sm">
            <h1 className="text-lg font-semibold text-slate-900">{title}</h1>
            {subtitle !== undefined && <p className="mt-1.5 text-sm text-slate-600">{subtitle}</p>}
            <div className="mt-6">{children}</div>
          </div>
        </div>
      </main>
    </div>
  );
}
