import type { AssistantDetail } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state';
import { PageFrame } from '../../components/page-frame';
import { AssistantActions } from './assistant-actions';
import { AssistantFacts } from './assistant-facts';
import { AssistantHeading } from './assistant-heading';
import { assistantDetailQuery } from './assistant-queries';
import { AssistantUnavailable, BackToAssistantsLink } from './assistant-unavailable';
import { ExampleConversations } from './example-conversations';

const assistantRoute = getRouteApi('/_app/assistants/$assistantId');

/** /assistants/$assistantId: what the assistant does and how to start, its examples and instructions. */
export function AssistantPage() {
  const { assistantId } = assistantRoute.useParams();
  const assistant = useQuery(assistantDetailQuery(assistantId));
  return (
    <PageFrame>
      <BackToAssistantsLink />
      {assistant.isPending && <LoadingState />}
      {assistant.isError && <AssistantUnavailable error={assistant.error} />}
      {assistant.isSuccess && <AssistantContent key={assistantId} assistant={assistant.data} />}
    </PageFrame>
  );
}

function AssistantContent({ assistant }: { assistant: AssistantDetail }) {
  const canManage = assistant.myRole === 'owner' || assistant.myRole === 'editor';
  return (
    <>
      <AssistantHeading assistant={assistant} />
      <AssistantActions assistant={assistant} />
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-8">
          <StarterLinks assistant={assistant} />
          <ExampleConversations
            assistantId={assistant.id}
            examples={assistant.examples}
            canManage={canManage}
          />
          <InstructionsSection instructions={assistant.definition.instructions} />
        </div>
        <AssistantFacts assistant={assistant} />
      </div>
    </>
  );
}

/** 대화 시작 문구: each opens a new chat with the assistant and asks it at once. */
function StarterLinks({ assistant }: { assistant: AssistantDetail }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { starters } = assistant.definition;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t('assistants.page.starters')}
      </h2>
      {starters.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">{t('assistants.page.noStarters')}</p>
      ) : (
        <ul className="mt-3 grid gap-2 sm:grid-cols-2">
          {starters.map((starter, index) => (
            <li key={index}>
              <Link
                to="/chat"
                search={{ assistant: assistant.id, starter: index }}
                data-testid="assistant-starter"
                className="flex h-full items-center rounded-xl border border-slate-200 bg-white px-4 py-3 text-left text-sm text-slate-700 shadow-sm hover:border-blue-300 hover:bg-blue-50/50"
              >
                {starter}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** 지시문, folded by default: whoever may use the assistant may read what it was told. */
function InstructionsSection({ instructions }: { instructions: string }) {
  const { t } = useTranslation();
  return (
    <details
      className="group rounded-xl border border-slate-200 bg-white shadow-sm"
      data-testid="assistant-instructions"
    >
      <summary className="cursor-pointer list-none rounded-xl px-4 py-3 text-base font-semibold text-slate-900 marker:hidden hover:bg-slate-50">
        <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        {t('assistants.page.instructions')}
        <span className="ml-2 text-xs font-normal text-slate-500">
          {t('assistants.page.instructionsHint')}
        </span>
      </summary>
      <pre className="max-h-[32rem] overflow-auto border-t border-slate-200 px-4 py-3 font-sans text-sm leading-6 whitespace-pre-wrap text-slate-800">
        {instructions}
      </pre>
    </details>
  );
}
