import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { ElapsedProgress } from '../../components/elapsed-progress';
import { StopIcon } from '../../components/icons';

export interface GenerationProgressProps {
  instruction: string | null;
  characters: number;
  onStop: () => void;
}

/** While the model writes: what it is doing, the seconds passed, the characters so far and 중지. */
export function GenerationProgress({ instruction, characters, onStop }: GenerationProgressProps) {
  const { t, i18n } = useTranslation();
  return (
    <ElapsedProgress
      label={
        instruction === null
          ? t('drafting.generation.writing')
          : t('drafting.generation.revising', { instruction })
      }
      hint={t('drafting.generation.characters', {
        count: new Intl.NumberFormat(i18n.language).format(characters),
      })}
    >
      <div className="mt-2 pl-7">
        <Button variant="secondary" size="small" onClick={onStop} data-testid="generation-stop">
          <StopIcon className="text-base" />
          {t('drafting.generation.stop')}
        </Button>
      </div>
    </ElapsedProgress>
  );
}
