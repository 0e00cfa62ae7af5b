import type { UseCaseDetail } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';
import { HeartIcon } from './case-icons';
import { caseKeys, setCaseLiked } from './case-queries';

/** 좋아요 as a toggle button (aria-pressed); the count changes at once and goes back if the server refuses. */
export function CaseLikeButton({ useCase }: { useCase: UseCaseDetail }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const key = caseKeys.detail(useCase.id);
  const toggle = useMutation({
    mutationFn: (liked: boolean) => setCaseLiked(useCase.id, liked),
    onMutate: async (liked) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<UseCaseDetail>(key);
      queryClient.setQueryData<UseCaseDetail>(key, (current) =>
        current === undefined || current.likedByMe === liked
          ? current
          : { ...current, likedByMe: liked, likes: Math.max(0, current.likes + (liked ? 1 : -1)) },
      );
      return { previous };
    },
    onError: (_error, _liked, context) => {
      if (context?.previous !== undefined) queryClient.setQueryData(key, context.previous);
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        aria-pressed={useCase.likedByMe}
        onClick={() => toggle.mutate(!useCase.likedByMe)}
        className={classNames(
          'inline-flex h-10 items-center gap-2 rounded-lg border px-4 text-sm font-medium shadow-sm',
          useCase.likedByMe
            ? 'border-rose-200 bg-rose-50 text-rose-700 hover:bg-rose-100'
            : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50',
        )}
      >
        <HeartIcon filled={useCase.likedByMe} className="text-base" />
        {t('cases.detail.like')}
        <span className="tabular-nums" data-testid="case-likes">
          {new Intl.NumberFormat(i18n.language).format(useCase.likes)}
        </span>
      </button>
      {toggle.isError && (
        <p role="alert" className="text-xs font-medium text-red-700">
          {toggle.error.message}
        </p>
      )}
    </div>
  );
}
