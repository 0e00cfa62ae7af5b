import type { DraftTemplateDetail, DraftingSettingsResponse } from '@jumugwan/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { LoadingState } from '../../components/loading-state';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { AiUseNoticeBanner } from './ai-use-notice-banner';
import { AiUseNoticeDialog } from './ai-use-notice-dialog';
import { BackToDraftingLink } from './back-to-drafting-link';
import { DraftForm, type DraftSubmission } from './draft-form';
import {
  composeDraft,
  createDraft,
  draftDetailQuery,
  draftingKeys,
  draftingSettingsQuery,
  templateDetailQuery,
} from './drafting-queries';
import { LocalDraftEditor } from './local-draft-editor';
import { useAiUseNotice } from './use-ai-use-notice';
import type { LocalDraftInput } from './use-local-draft-source';

const newDraftRoute = getRouteApi('/_app/drafting/new/$templateId');

/** /drafting/new/$templateId: the template's form; the draft it makes opens in the editor. */
export function NewDraftPage() {
  const { templateId } = newDraftRoute.useParams();
  // A fresh form per template, so values never carry over to another one.
  return <NewDraftView key={templateId} templateId={templateId} />;
}

function NewDraftView({ templateId }: { templateId: string }) {
  const { t } = useTranslation();
  const template = useQuery(templateDetailQuery(templateId));
  const settings = useQuery(draftingSettingsQuery);

  if (template.isPending || settings.isPending) {
    return (
      <PageFrame>
        <LoadingState />
      </PageFrame>
    );
  }
  if (template.isError || settings.isError) {
    return (
      <PageFrame>
        <BackToDraftingLink />
        <Alert tone="error">
          {template.error?.message ?? settings.error?.message ?? t('errors.invalidResponse')}
        </Alert>
      </PageFrame>
    );
  }
  return <NewDraftContent detail={template.data} settings={settings.data} />;
}

function NewDraftContent({
  detail,
  settings,
}: {
  detail: DraftTemplateDetail;
  settings: DraftingSettingsResponse;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notice = useAiUseNotice(settings);
  const [local, setLocal] = useState<{ input: LocalDraftInput; generate: string | null } | null>(null);
  const { template } = detail;

  const submit = async ({ values, collectionIds, references, model }: DraftSubmission) => {
    if (!settings.storageAllowed) {
      const composed = await composeDraft(template.id, values);
      setLocal({
        input: {
          templateId: template.id,
          templateName: template.name,
          values,
          collectionIds,
          references,
          document: composed.document,
        },
        generate: model,
      });
      return;
    }
    const draft = await createDraft({ templateId: template.id, values, collectionIds, references });
    queryClient.setQueryData(draftDetailQuery(draft.id).queryKey, draft);
    void queryClient.invalidateQueries({ queryKey: draftingKeys.drafts(), exact: true });
    await navigate({
      to: '/drafting/$draftId',
      params: { draftId: draft.id },
      search: model === null ? {} : { generate: model },
    });
  };

  return (
    <PageFrame>
      <BackToDraftingLink />
      <PageHeader
        title={local === null ? template.name : t('drafting.editor.heading', { name: template.name })}
        {...(template.description === '' || local !== null ? {} : { description: template.description })}
      />
      {local !== null ? (
        <LocalDraftEditor input={local.input} autoGenerate={local.generate} />
      ) : (
        <>
          {!notice.acknowledged && !notice.open && <AiUseNoticeBanner onShow={notice.show} />}
          {!settings.storageAllowed && (
            <Alert tone="info" className="mb-5">
              {t('drafting.statelessNotice')}
            </Alert>
          )}
          <DraftForm
            template={template}
            acknowledged={notice.acknowledged}
            onNeedNotice={notice.show}
            onSubmit={submit}
          />
        </>
      )}
      <AiUseNoticeDialog settings={settings} open={notice.open} onClose={notice.close} />
    </PageFrame>
  );
}
