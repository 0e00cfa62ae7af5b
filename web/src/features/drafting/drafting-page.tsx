import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { buttonClassName } from '../../components/button';
import { LoadingState } from '../../components/loading-state';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { AiUseNoticeBanner } from './ai-use-notice-banner';
import { AiUseNoticeDialog } from './ai-use-notice-dialog';
import { draftingSettingsQuery, templateListQuery } from './drafting-queries';
import { MyDraftsSection } from './my-drafts-section';
import { TemplateGallery } from './template-gallery';
import { useAiUseNotice } from './use-ai-use-notice';

const appRoute = getRouteApi('/_app');

/** /drafting: the AI-use notice on first visit, the template gallery and 내 초안. */
export function DraftingPage() {
  const { t } = useTranslation();
  const { session } = appRoute.useRouteContext();
  const settings = useQuery(draftingSettingsQuery);
  const templates = useQuery(templateListQuery);
  const notice = useAiUseNotice(settings.data);
  const storageAllowed = settings.data?.storageAllowed ?? true;

  return (
    <PageFrame>
      <PageHeader
        title={t('drafting.title')}
        description={t('drafting.description')}
        actions={
          session.user.role === 'platform_admin' ? (
            <Link to="/admin/drafting-templates" className={buttonClassName('secondary')}>
              {t('drafting.manageTemplates')}
            </Link>
          ) : undefined
        }
      />
      {settings.isError && (
        <Alert tone="error" className="mb-6">
          {settings.error.message}
        </Alert>
      )}
      {settings.isSuccess && !notice.acknowledged && !notice.open && (
        <AiUseNoticeBanner onShow={notice.show} />
      )}
      {!storageAllowed && (
        <Alert tone="info" className="mb-6">
          {t('drafting.statelessNotice')}
        </Alert>
      )}

      {templates.isPending && <LoadingState />}
      {templates.isError && <Alert tone="error">{templates.error.message}</Alert>}
      {templates.isSuccess && <TemplateGallery templates={templates.data} />}

      {settings.isSuccess && storageAllowed && <MyDraftsSection />}

      {settings.isSuccess && (
        <AiUseNoticeDialog settings={settings.data} open={notice.open} onClose={notice.close} />
      )}
    </PageFrame>
  );
}
