import type { ReactNode } from 'react';
import { PageFrame } from './page-frame';

/** Scrollable, width-limited page body for the administration screens. */
export function AdminPageFrame({ children }: { children: ReactNode }) {
  return <PageFrame>{children}</PageFrame>;
}
