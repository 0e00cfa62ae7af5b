import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';

const stars = [1, 2, 3, 4, 5] as const;

export interface RatingStarsProps {
  /** The caller's rating, null before they rated. */
  value: number | null;
  onChange: (stars: number) => void;
  disabled?: boolean;
}

/**
 * 1–5 stars as a native radio group: Tab reaches it, arrow keys change the rating, and a screen reader
 * hears "별 3개" for each choice. The stars up to the chosen one are filled.
 */
export function RatingStars({ value, onChange, disabled = false }: RatingStarsProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset disabled={disabled} data-testid="rating-stars">
      <legend className="sr-only">{t('assistants.rating.legend')}</legend>
      <div className="flex items-center gap-0.5">
        {stars.map((star) => {
          const filled = value !== null && star <= value;
          return (
            <label
              key={star}
              className={classNames(
                'cursor-pointer rounded-md px-0.5 text-2xl leading-none has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-offset-1 has-[input:focus-visible]:outline-blue-600',
                filled ? 'text-amber-500' : 'text-slate-300 hover:text-amber-300',
                disabled && 'cursor-not-allowed opacity-60',
              )}
            >
              <input
                type="radio"
                name={name}
                value={star}
                checked={value === star}
                onChange={() => onChange(star)}
                className="sr-only"
              />
              <span aria-hidden="true">★</span>
              <span className="sr-only">{t('assistants.rating.stars', { value: star })}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
