import type { ReactNode } from 'react';

/** Scrollable, width-limited page body for the full-page screens (번역, 이미지, administration). */
export function PageFrame({ children }: { children: ReactNode }) {
  return (
    <div className="h-full overflow-y-auto">
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{children}</div>
    </div>
  );
}
