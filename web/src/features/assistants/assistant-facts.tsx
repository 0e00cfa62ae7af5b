import type { AssistantDetail } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { TitledCard } from '../../components/titled-card';
import { assistantKeys, rateAssistant } from './assistant-queries';
import { formatLabel } from './expected-file-formats';
import { RatingStars } from './rating-stars';
import { SharingSummary } from './sharing-summary';

/** The side panel of an assistant's page: rating, files it expects, knowledge, template, model, sharing. */
export function AssistantFacts({ assistant }: { assistant: AssistantDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const rate = useMutation({
    mutationFn: (stars: number) => rateAssistant(assistant.id, stars),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: assistantKeys.detail(assistant.id) }),
        queryClient.invalidateQueries({ queryKey: assistantKeys.galleries() }),
      ]),
  });
  const { definition } = assistant;
  const myRating = rate.isPending ? rate.variables : assistant.myRating;

  return (
    <aside className="space-y-4" aria-label={t('assistants.page.factsLabel')}>
      <TitledCard size="compact" title={t('assistants.rating.heading')}>
        {assistant.myRole === 'owner' ? (
          // The server takes no rating of one's own assistant.
          <p className="text-sm text-slate-500">{t('assistants.rating.own')}</p>
        ) : (
          <>
            <RatingStars value={myRating} onChange={(stars) => rate.mutate(stars)} />
            <p className="mt-1 text-xs text-slate-500" role="status">
              {rate.isError
                ? rate.error.message
                : myRating === null
                  ? t('assistants.rating.prompt')
                  : t('assistants.rating.mine', { value: myRating })}
            </p>
          </>
        )}
      </TitledCard>

      {assistant.sharing !== null && (
        <TitledCard size="compact" title={t('assistants.page.sharingHeading')}>
          <SharingSummary assistant={assistant} sharing={assistant.sharing} />
        </TitledCard>
      )}

      <TitledCard size="compact" title={t('assistants.page.expectedFiles')}>
        {definition.expectedFiles.length === 0 ? (
          <p className="text-sm text-slate-500">{t('assistants.page.noExpectedFiles')}</p>
        ) : (
          <ul className="space-y-2" data-testid="assistant-expected-files">
            {definition.expectedFiles.map((file, index) => (
              <li key={index} className="text-sm">
                <div className="flex flex-wrap items-center gap-1.5">
                  <span className="font-medium text-slate-900">{file.label}</span>
                  <Badge tone={file.required ? 'red' : 'slate'}>
                    {file.required ? t('assistants.files.required') : t('assistants.files.optional')}
                  </Badge>
                </div>
                <p className="text-xs text-slate-500">{file.formats.map(formatLabel).join(', ')}</p>
                {file.description !== '' && <p className="text-xs text-slate-600">{file.description}</p>}
              </li>
            ))}
          </ul>
        )}
      </TitledCard>

      <TitledCard size="compact" title={t('assistants.page.collections')}>
        {assistant.collections.length === 0 && assistant.hiddenCollectionCount === 0 ? (
          <p className="text-sm text-slate-500">{t('assistants.page.noCollections')}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {assistant.collections.map((collection) => (
              <li key={collection.id} className="flex items-center gap-1.5">
                <Link
                  to="/knowledge/$collectionId"
                  params={{ collectionId: collection.id }}
                  className="text-blue-700 underline-offset-2 hover:underline"
                >
                  {collection.name}
                </Link>
                {collection.internal && <Badge tone="amber">{t('assistants.page.internalCollection')}</Badge>}
              </li>
            ))}
            {assistant.hiddenCollectionCount > 0 && (
              <li className="text-xs text-slate-500" data-testid="hidden-collections">
                {t('assistants.page.hiddenCollections', { value: assistant.hiddenCollectionCount })}
              </li>
            )}
          </ul>
        )}
      </TitledCard>

      <TitledCard size="compact" title={t('assistants.page.template')}>
        {assistant.draftingTemplate === null ? (
          <p className="text-sm text-slate-500">{t('assistants.page.noTemplate')}</p>
        ) : (
          <Link
            to="/drafting/new/$templateId"
            params={{ templateId: assistant.draftingTemplate.id }}
            className="text-sm text-blue-700 underline-offset-2 hover:underline"
          >
            {assistant.draftingTemplate.name}
          </Link>
        )}
      </TitledCard>

      <TitledCard size="compact" title={t('assistants.page.defaultModel')}>
        <p className="text-sm text-slate-800">{definition.defaultModel ?? t('assistants.page.userModel')}</p>
        {assistant.onPremOnly && (
          <p className="mt-1 text-xs text-amber-800">{t('assistants.onPremOnlyHint')}</p>
        )}
      </TitledCard>
    </aside>
  );
}
