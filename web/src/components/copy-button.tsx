import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyToClipboard } from '../features/chat/copy-to-clipboard';
import { Button, type ButtonSize, type ButtonVariant } from './button';
import { CheckIcon, CopyIcon } from './icons';

export interface CopyButtonProps {
  /** The text to copy, or a function that builds it on click. */
  text: string | (() => string);
  label: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
  'data-autofocus'?: boolean;
}

const feedbackMilliseconds = 2000;

/** Copies text and says so (복사됨 / 복사하지 못했습니다) for two seconds, announced politely. */
export function CopyButton({ text, label, variant = 'secondary', size = 'small', ...rest }: CopyButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') {
      return;
    }
    const timer = setTimeout(() => setState('idle'), feedbackMilliseconds);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <Button
      variant={variant}
      size={size}
      onClick={() => {
        void copyToClipboard(typeof text === 'string' ? text : text()).then((copied) =>
          setState(copied ? 'copied' : 'failed'),
        );
      }}
      {...rest}
    >
      {state === 'copied' ? (
        <CheckIcon className="text-base text-emerald-600" />
      ) : (
        <CopyIcon className="text-base" />
      )}
      <span aria-live="polite">
        {state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : label}
      </span>
    </Button>
  );
}
