import { useId, type ReactNode } from 'react';
import { classNames } from './class-names';

/** regular: a form's parts; compact: side panels; large: the sections of a settings page (children space themselves). */
export type TitledCardSize = 'regular' | 'compact' | 'large';

const sizeClasses: Record<TitledCardSize, { card: string; heading: string; headingGap: string }> = {
  regular: { card: 'space-y-4 p-5', heading: 'text-base', headingGap: '' },
  compact: { card: 'p-4', heading: 'text-sm', headingGap: 'mb-2' },
  large: { card: 'p-5', heading: 'text-lg', headingGap: '' },
};

export interface TitledCardProps {
  title: string;
  description?: string;
  /** Shown at the right of the heading row (a button that acts on the whole card). */
  actions?: ReactNode;
  /** A problem with the card's content as a whole, announced when it appears. */
  error?: string | null;
  size?: TitledCardSize;
  className?: string;
  children: ReactNode;
}

/** A white card section named by its own heading: one look, and one landmark per card for screen readers. */
export function TitledCard({
  title,
  description,
  actions,
  error,
  size = 'regular',
  className,
  children,
}: TitledCardProps) {
  const headingId = useId();
  const sizes = sizeClasses[size];
  const hasHeadingRow = description !== undefined || actions !== undefined;
  const heading = (
    <h2
      id={headingId}
      className={classNames(
        !hasHeadingRow && sizes.headingGap,
        sizes.heading,
        'font-semibold text-slate-900',
      )}
    >
      {title}
    </h2>
  );
  return (
    <section
      aria-labelledby={headingId}
      className={classNames(sizes.card, 'rounded-xl border border-slate-200 bg-white shadow-sm', className)}
    >
      {hasHeadingRow ? (
        <div className={classNames('flex flex-wrap items-end justify-between gap-3', sizes.headingGap)}>
          <div className="min-w-0">
            {heading}
            {description !== undefined && (
              <p className="mt-1 max-w-3xl text-sm text-slate-600">{description}</p>
            )}
          </div>
          {actions}
        </div>
      ) : (
        heading
      )}
      {error !== undefined && error !== null && (
        <p className="text-sm font-medium text-red-700" role="alert">
          {error}
        </p>
      )}
      {children}
    </section>
  );
}
