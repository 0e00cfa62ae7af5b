import type { AssistantDetail } from '@jumugwan/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { buttonClassName } from '../../components/button';
import { LoadingState } from '../../components/loading-state';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { AssistantEditor } from './assistant-editor';
import { assistantDetailQuery, assistantKeys, updateAssistant } from './assistant-queries';
import { AssistantUnavailable, BackToAssistantsLink } from './assistant-unavailable';
import { definitionToDraft, draftToDefinition, type DefinitionDraft } from './definition-draft';
import { newItemKey } from './new-assistant-page';

const editAssistantRoute = getRouteApi('/_app/assistants/$assistantId/edit');

/** /assistants/$assistantId/edit: a new version of the assistant, for its owner and editors. */
export function EditAssistantPage() {
  const { t } = useTranslation();
  const { assistantId } = editAssistantRoute.useParams();
  const assistant = useQuery(assistantDetailQuery(assistantId));
  return (
    <PageFrame>
      <BackToAssistantsLink />
      {assistant.isPending && <LoadingState />}
      {assistant.isError && <AssistantUnavailable error={assistant.error} />}
      {assistant.isSuccess &&
        (assistant.data.myRole === 'user' ? (
          <>
            <Alert tone="info">{t('assistants.editor.notAllowed')}</Alert>
            <Link
              to="/assistants/$assistantId"
              params={{ assistantId }}
              className={`${buttonClassName('secondary')} mt-4`}
            >
              {t('assistants.editor.backToAssistant')}
            </Link>
          </>
        ) : (
          // A newer version (saved here, or reloaded after a conflict) starts the form afresh.
          <EditAssistantContent key={assistant.data.version} assistant={assistant.data} />
        ))}
    </PageFrame>
  );
}

function EditAssistantContent({ assistant }: { assistant: AssistantDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [initial] = useState(() => definitionToDraft(assistant.definition, newItemKey));

  const save = async (draft: DefinitionDraft, note: string) => {
    const updated = await updateAssistant(assistant.id, {
      definition: draftToDefinition(draft),
      baseVersion: assistant.version,
      note,
    });
    await navigate({ to: '/assistants/$assistantId', params: { assistantId: assistant.id } });
    queryClient.setQueryData(assistantDetailQuery(assistant.id).queryKey, updated);
    void queryClient.invalidateQueries({ queryKey: assistantKeys.versions(assistant.id) });
    void queryClient.invalidateQueries({ queryKey: assistantKeys.galleries() });
  };

  return (
    <>
      <PageHeader
        title={t('assistants.editor.editTitle', { name: assistant.name })}
        description={t('assistants.editor.editDescription', { number: assistant.version })}
      />
      <AssistantEditor
        initial={initial}
        existing={assistant}
        onSave={save}
        onReload={() => void queryClient.invalidateQueries({ queryKey: assistantKeys.detail(assistant.id) })}
        newKey={newItemKey}
      />
    </>
  );
}
