import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { AssistantEditor } from './assistant-editor';
import { assistantDetailQuery, assistantKeys, createAssistant } from './assistant-queries';
import { BackToAssistantsLink } from './assistant-unavailable';
import { draftToDefinition, emptyDefinitionDraft, type DefinitionDraft } from './definition-draft';

/** Keys for the editor's list items. */
export function newItemKey(): string {
  return crypto.randomUUID();
}

/** /assistants/new: a new assistant, private to its maker until they share it. */
export function NewAssistantPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [initial] = useState(emptyDefinitionDraft);

  const save = async (draft: DefinitionDraft) => {
    const created = await createAssistant({ definition: draftToDefinition(draft) });
    queryClient.setQueryData(assistantDetailQuery(created.id).queryKey, created);
    void queryClient.invalidateQueries({ queryKey: assistantKeys.galleries() });
    await navigate({ to: '/assistants/$assistantId', params: { assistantId: created.id } });
  };

  return (
    <PageFrame>
      <BackToAssistantsLink />
      <PageHeader
        title={t('assistants.editor.newTitle')}
        description={t('assistants.editor.newDescription')}
      />
      <AssistantEditor initial={initial} existing={null} onSave={save} newKey={newItemKey} />
    </PageFrame>
  );
}
