import type { ReactNode } from 'react';

/** Scrollable, width-limited page body for the administration screens. */
export function AdminPageFrame({ children }: { children: ReactNode }) {
  return (
    <div className="h-full overflow-y-auto">
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{children}</div>
    </div>
  );
}
