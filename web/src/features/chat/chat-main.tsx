import { expectedFileName, type ModelLocation } from '@jumugwan/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { Alert } from '../../components/alert';
import { buttonClassName } from '../../components/button';
import { LoadingState } from '../../components/loading-state';
import { AssistantChatLabel } from '../assistants/assistant-chat-label';
import { preferredAssistantModel } from '../assistants/assistant-model-storage';
import { AssistantWelcome } from '../assistants/assistant-welcome';
import { missingRequiredFiles } from '../assistants/expected-file-formats';
import { ExpectedFilesNotice } from '../assistants/expected-files-notice';
import { PublishExampleButton } from '../assistants/publish-example-button';
import { useChatAssistant } from '../assistants/use-chat-assistant';
import { useComposerAttachments } from './attachments/use-composer-attachments';
import { chatModelQuery } from './chat-model-query';
import { chatSettingsQuery } from './chat-settings-query';
import { chatStorage } from './chat-storage';
import { useChatStream, type StreamFailure } from './chat-stream-context';
import { ChatWelcome } from './chat-welcome';
import { chooseModel } from './choose-model';
import {
  moveChosenCollections,
  newChatCollectionsKey,
  readChosenCollections,
  readableChosenIds,
  writeChosenCollections,
} from './chosen-collections';
import { Composer } from './composer';
import {
  conversationDetailQuery,
  conversationKeys,
  conversationListQuery,
  createConversation,
} from './conversation-queries';
import { chatCollectionsQuery } from './knowledge-collections-query';
import { KnowledgeChips, KnowledgePicker } from './knowledge-picker';
import { mergeStreamMessages } from './merge-stream-messages';
import { MessageList } from './message-list';
import { ModelPicker } from './model-picker';
import { NoModelsNotice } from './no-models-notice';
import { readSelectedModel, writeSelectedModel } from './selected-model-storage';
import { answersAfterLastQuestion, tabConversationId } from './tab-conversation';

const appRoute = getRouteApi('/_app');

export interface ChatMainProps {
  conversationId?: string;
  /** A new chat with this custom assistant (/chat?assistant=). */
  assistantId?: string | null;
  /** Ask the assistant's starter with this index as soon as the chat is ready (/chat?starter=). */
  starterIndex?: number | null;
}

/**
 * The chat pane: model picker, messages and composer. Without `conversationId` it is a new chat, and the
 * first message creates the conversation before it is sent; where the institution stores no
 * conversations (retention `none`) it is instead the tab's own conversation, kept only in memory. With a
 * custom assistant its icon and name head the pane, its starters fill the empty chat, its default model is
 * preselected, and the files it expects are asked for.
 */
export function ChatMain({ conversationId, assistantId = null, starterIndex = null }: ChatMainProps) {
  const { t } = useTranslation();
  const { session } = appRoute.useRouteContext();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const stream = useChatStream();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const internalNoticeId = useId();
  const expectedFilesNoticeId = useId();

  const [draft, setDraft] = useState('');
  const [sendCount, setSendCount] = useState(0);
  const [createError, setCreateError] = useState<string | null>(null);
  /** A question was held back for the files its assistant requires; said until they are attached. */
  const [filesAsked, setFilesAsked] = useState(false);
  const [creating, setCreating] = useState(false);
  const [preferredModelId, setPreferredModelId] = useState(readSelectedModel);
  const composerAttachments = useComposerAttachments();

  const models = useQuery(chatModelQuery);
  const settings = useQuery(chatSettingsQuery);
  // Only /chat itself becomes the tab's conversation; a stored conversation's page stays what it is.
  const tabOnly =
    conversationId === undefined &&
    settings.data !== undefined &&
    chatStorage(settings.data).kind === 'tab-only';
  // Until the settings are known, a new chat cannot tell whether to create a conversation. If they fail
  // to load, it creates one as before, and the server says so should that not be allowed.
  const storageUnknown = conversationId === undefined && settings.isPending;
  const viewId = tabOnly ? tabConversationId : conversationId;

  // The knowledge collections chosen to ground the answers, remembered per conversation for the session.
  const collections = useQuery(chatCollectionsQuery);
  const collectionsKey = viewId ?? newChatCollectionsKey;
  const [chosen, setChosen] = useState(() => ({
    key: collectionsKey,
    ids: readChosenCollections(collectionsKey),
  }));
  let chosenIds = chosen.ids;
  if (chosen.key !== collectionsKey) {
    chosenIds = readChosenCollections(collectionsKey);
    setChosen({ key: collectionsKey, ids: chosenIds });
  }
  const chooseCollections = (ids: string[]) => {
    setChosen({ key: collectionsKey, ids });
    writeChosenCollections(collectionsKey, ids);
  };
  const collectionIds = useMemo(
    () => readableChosenIds(chosenIds, collections.data),
    [chosenIds, collections.data],
  );
  const chosenCollections = useMemo(() => {
    const byId = new Map((collections.data ?? []).map((collection) => [collection.id, collection]));
    return collectionIds.flatMap((id) => {
      const collection = byId.get(id);
      return collection === undefined ? [] : [collection];
    });
  }, [collectionIds, collections.data]);
  const internalCollections = chosenCollections.some((collection) => collection.sensitivity === 'internal');
  // Without the knowledge module (or the right to read any collection) there is nothing to offer.
  const knowledgeUnavailable =
    collections.isError &&
    isApiError(collections.error) &&
    (collections.error.status === 404 || collections.error.status === 403);

  const activeStream = stream.activeStream;
  const streamHere = activeStream !== null && activeStream.conversationId === viewId ? activeStream : null;
  const conversation = useQuery({
    ...conversationDetailQuery(conversationId ?? '', streamHere !== null),
    enabled: conversationId !== undefined,
  });

  const { tabConversation } = stream;
  const chatAssistant = useChatAssistant({
    stored: conversationId !== undefined,
    storedAssistantId: conversation.data?.assistant?.id ?? null,
    storedLabel: conversation.data?.assistant ?? null,
    tabOnly,
    tabAssistantId: stream.tabAssistantId,
    tabHasMessages: tabConversation.messages.length > 0 || activeStream?.conversationId === tabConversationId,
    requestedId: assistantId,
  });
  // An assistant grounded in internal collections is answered by on-prem models only.
  const assistantOnPremOnly = chatAssistant.detail?.onPremOnly === true;
  const storedMessages = tabOnly ? tabConversation.messages : conversation.data?.messages;
  const conversationSensitivity = tabOnly
    ? tabConversation.sensitivity
    : (conversation.data?.sensitivity ?? 'normal');
  // A file marked internal makes the question internal: an external model is switched for an on-prem one.
  const internalAttachment = composerAttachments.ready.some((attachment) => attachment.internal);
  const sensitivity = internalAttachment || assistantOnPremOnly ? 'internal' : conversationSensitivity;
  // With an assistant: the user's own choice for it, else its default model, else their usual choice.
  const preferredId =
    chatAssistant.id === null
      ? preferredModelId
      : preferredAssistantModel(
          chatAssistant.modelChoice,
          chatAssistant.detail?.definition.defaultModel ?? null,
          preferredModelId,
        );
  const selectedModel = chooseModel(models.data ?? [], preferredId, sensitivity);
  const modelLocations = useMemo(
    () => new Map<string, ModelLocation>((models.data ?? []).map((model) => [model.id, model.location])),
    [models.data],
  );
  const { errorMessages } = stream;
  const messages = useMemo(
    () => mergeStreamMessages(storedMessages ?? [], streamHere, errorMessages),
    [storedMessages, streamHere, errorMessages],
  );
  const lastMessage = messages.at(-1);
  const regenerableMessageId =
    activeStream === null && lastMessage?.role === 'assistant' && lastMessage.status !== 'streaming'
      ? lastMessage.id
      : null;
  const isStreamingHere = streamHere?.phase === 'streaming';
  const failure = stream.failure?.conversationId === viewId ? stream.failure : null;

  // A refused question comes back to the composer, also when it was the first one of a new chat and the
  // refusal arrived after the page had moved to the newly created conversation.
  const [restoredFailure, setRestoredFailure] = useState<StreamFailure | null>(null);
  if (failure !== restoredFailure) {
    setRestoredFailure(failure);
    if (failure !== null && failure.content !== null && draft.trim() === '') {
      setDraft(failure.content);
    }
    if (failure !== null && failure.attachments.length > 0) {
      composerAttachments.restore(failure.attachments);
    }
  }

  // Screen readers hear when an answer starts and ends, not every token.
  const [announcement, setAnnouncement] = useState('');
  const [announcedStreaming, setAnnouncedStreaming] = useState(isStreamingHere);
  if (announcedStreaming !== isStreamingHere) {
    setAnnouncedStreaming(isStreamingHere);
    setAnnouncement(isStreamingHere ? t('chat.generating') : t('chat.answerDone'));
  }

  // Put the cursor in the composer on desktop (not on touch screens, where it would pop up the keyboard).
  useEffect(() => {
    if (window.matchMedia('(pointer: fine)').matches) {
      textareaRef.current?.focus();
    }
  }, [conversationId]);

  const selectModel = (modelId: string) => {
    if (chatAssistant.id !== null) {
      chatAssistant.rememberModel(modelId);
      return;
    }
    setPreferredModelId(modelId);
    writeSelectedModel(modelId);
  };

  // Until the assistant is known its default model and files are not either; one that cannot be used
  // (not found, no longer shared) cannot start a conversation.
  const assistantBlocked =
    chatAssistant.loading ||
    chatAssistant.waitingId !== null ||
    (conversationId === undefined && chatAssistant.error !== null);
  const expectedFiles = chatAssistant.detail?.definition.expectedFiles ?? [];
  const missingFiles = missingRequiredFiles(
    expectedFiles,
    composerAttachments.ready.map((attachment) => attachment.name),
    messages.length === 0,
  );

  /** Sends the composer's question, or `asked` (a starter) with the composer's files. */
  const handleSend = async (asked?: string) => {
    const content = (asked ?? draft).trim();
    const attachments = composerAttachments.ready;
    if (
      (content === '' && attachments.length === 0) ||
      composerAttachments.uploading ||
      selectedModel === null ||
      activeStream !== null ||
      creating ||
      storageUnknown ||
      assistantBlocked
    ) {
      return;
    }
    if (missingFiles.length > 0) {
      // The server would refuse the first question without them (assistant_file_required): say so here,
      // and keep the question in the composer for when the files are attached.
      if (asked !== undefined) {
        setDraft(asked);
      }
      setFilesAsked(true);
      textareaRef.current?.focus();
      return;
    }
    setFilesAsked(false);
    setCreateError(null);
    stream.dismissFailure();
    if (asked === undefined) {
      setDraft('');
    }
    composerAttachments.clear();
    setSendCount((count) => count + 1);
    const giveBack = () => {
      setDraft((current) => (current === '' ? content : current));
      composerAttachments.restore(attachments);
    };

    if (tabOnly) {
      const outcome = await stream.sendInTab({
        content,
        model: selectedModel,
        attachments,
        collectionIds,
        internalCollections,
        assistantId: chatAssistant.id,
      });
      if (outcome.rejected) {
        giveBack();
      }
      return;
    }

    let targetId = conversationId;
    if (targetId === undefined) {
      setCreating(true);
      try {
        const created = await createConversation(selectedModel.id, chatAssistant.id);
        queryClient.setQueryData(conversationKeys.detail(created.id), { ...created, messages: [] });
        void queryClient.invalidateQueries({ queryKey: conversationListQuery.queryKey });
        targetId = created.id;
        // The new chat's choice of collections goes on with the conversation it became.
        moveChosenCollections(newChatCollectionsKey, created.id);
      } catch (error) {
        setDraft(content);
        composerAttachments.restore(attachments);
        setCreateError(isApiError(error) ? error.message : t('errors.network'));
        if (isApiError(error, 'retention_none')) {
          // Conversations stopped being stored since the settings were read: /chat becomes tab-only.
          void queryClient.invalidateQueries({ queryKey: chatSettingsQuery.queryKey });
        }
        return;
      } finally {
        setCreating(false);
      }
    }

    const outcome = stream.send({
      conversationId: targetId,
      content,
      model: selectedModel.id,
      attachments,
      collectionIds,
    });
    if (conversationId === undefined) {
      void navigate({ to: '/chat/$conversationId', params: { conversationId: targetId } });
    }
    if ((await outcome).rejected) {
      // Nothing was stored, so give the text and files back rather than making the user add them again.
      giveBack();
    }
  };

  // A starter chosen on the assistant's page is asked once the chat is ready (after mount: StrictMode's
  // trial mount clears the timer, so one question goes out).
  const starterText =
    starterIndex === null ? null : (chatAssistant.detail?.definition.starters[starterIndex] ?? null);
  const starterReady =
    starterText !== null &&
    selectedModel !== null &&
    !storageUnknown &&
    activeStream === null &&
    messages.length === 0 &&
    !assistantBlocked;
  const starterAskedRef = useRef(false);
  const askStarter = useEffectEvent((text: string) => {
    starterAskedRef.current = true;
    void handleSend(text);
    if (tabOnly && assistantId !== null) {
      // The tab's conversation stays on /chat: a reload must not ask the starter again.
      void navigate({ to: '/chat', search: { assistant: assistantId }, replace: true });
    }
  });
  useEffect(() => {
    if (!starterReady || starterAskedRef.current) {
      return;
    }
    const timer = setTimeout(() => askStarter(starterText), 0);
    return () => clearTimeout(timer);
  }, [starterReady, starterText]);

  const selectedModelId = selectedModel?.id ?? null;
  const { regenerate, regenerateInTab } = stream;
  const handleRegenerate = useCallback(() => {
    if (selectedModel === null) {
      return;
    }
    if (tabOnly) {
      setSendCount((count) => count + 1);
      void regenerateInTab({
        model: selectedModel,
        collectionIds,
        internalCollections,
        assistantId: chatAssistant.id,
      });
      return;
    }
    if (conversationId === undefined || storedMessages === undefined) {
      return;
    }
    setSendCount((count) => count + 1);
    void regenerate({
      conversationId,
      model: selectedModel.id,
      replacedMessageIds: answersAfterLastQuestion(storedMessages),
      collectionIds,
    });
  }, [
    conversationId,
    selectedModel,
    storedMessages,
    regenerate,
    regenerateInTab,
    tabOnly,
    collectionIds,
    internalCollections,
    chatAssistant.id,
  ]);

  const pickSuggestion = (text: string) => {
    setDraft(`${text}\n`);
    textareaRef.current?.focus();
  };

  const noModels = models.isSuccess && models.data.length === 0;
  const busyElsewhere = activeStream !== null && streamHere === null;
  const title = tabOnly
    ? messages.length === 0
      ? t('chat.newChat')
      : t('chat.tabOnlyTitle')
    : (conversation.data?.title ?? t('chat.newChat'));
  const internalOnly = sensitivity === 'internal';
  const filesError =
    filesAsked && missingFiles.length > 0
      ? t('assistants.chat.fileRequired', { files: missingFiles.map(expectedFileName).join(', ') })
      : null;
  const sendError = createError ?? filesError ?? failure?.message ?? null;
  // The server refuses an external model for internal collections (internal_only): say so before sending.
  const internalCollectionWarning = internalCollections && selectedModel?.location === 'external';
  const sendBlocked =
    selectedModel === null || activeStream !== null || creating || storageUnknown || assistantBlocked;
  const canPublishExample =
    chatAssistant.detail !== undefined &&
    (chatAssistant.detail.myRole === 'owner' || chatAssistant.detail.myRole === 'editor');
  const showExpectedFiles = messages.length === 0 && expectedFiles.length > 0;

  let body;
  if (noModels) {
    body = <NoModelsNotice isPlatformAdmin={session.user.role === 'platform_admin'} />;
  } else if (conversationId !== undefined && conversation.isPending) {
    body = <LoadingState label={t('chat.loadingConversation')} />;
  } else if (conversation.isError) {
    body = <ConversationLoadError error={conversation.error} />;
  } else if (messages.length === 0 && chatAssistant.id !== null) {
    body = (
      <AssistantWelcome
        assistant={chatAssistant}
        onAsk={(text) => void handleSend(text)}
        askDisabled={sendBlocked}
      />
    );
  } else if (messages.length === 0) {
    body = <ChatWelcome onPickSuggestion={pickSuggestion} />;
  } else {
    body = (
      <MessageList
        messages={messages}
        regenerableMessageId={regenerableMessageId}
        onRegenerate={handleRegenerate}
        sendCount={sendCount}
        modelLocations={modelLocations}
      />
    );
  }

  return (
    <div className="flex h-full min-w-0 flex-1 flex-col bg-white">
      <div className="flex h-14 shrink-0 items-center gap-3 border-b border-slate-200 py-2 pr-3 pl-14 md:pl-5">
        {chatAssistant.label !== null && <AssistantChatLabel assistant={chatAssistant.label} />}
        <h1 className="min-w-0 flex-1 truncate text-base font-semibold text-slate-900">{title}</h1>
        {canPublishExample && chatAssistant.id !== null && (
          <PublishExampleButton
            assistantId={chatAssistant.id}
            title={title}
            messages={messages}
            disabled={activeStream !== null}
          />
        )}
        {!noModels && (
          <ModelPicker
            models={models.data ?? []}
            selectedId={selectedModelId}
            onChange={selectModel}
            disabled={!models.isSuccess}
            externalDisabled={internalOnly}
            describedBy={internalOnly ? internalNoticeId : undefined}
          />
        )}
      </div>

      {tabOnly && (
        <p
          data-testid="tab-only-banner"
          className="shrink-0 border-b border-amber-200 bg-amber-50 px-4 py-2 text-center text-xs leading-5 text-amber-900 sm:px-6"
        >
          {t('chat.tabOnlyBanner')}
        </p>
      )}

      {chatAssistant.waitingId !== null && (
        <Alert
          tone="info"
          className="mx-4 mt-3"
          action={
            <button
              type="button"
              onClick={stream.clearTabConversation}
              className="shrink-0 rounded-md px-2 py-1 text-sm font-medium text-blue-800 underline-offset-2 hover:underline"
            >
              {t('chat.newChat')}
            </button>
          }
        >
          {t('assistants.chat.tabBusy')}
        </Alert>
      )}

      {internalOnly && !noModels && (
        <p
          id={internalNoticeId}
          data-testid="internal-only-notice"
          className="shrink-0 border-b border-slate-200 bg-slate-50 px-4 py-2 text-right text-xs leading-5 text-slate-600 sm:px-5"
        >
          {assistantOnPremOnly
            ? t('assistants.chat.onPremOnlyNotice')
            : conversationSensitivity === 'internal'
              ? t('chat.internalOnlyNotice')
              : t('chat.internalAttachmentNotice')}
          {models.isSuccess && selectedModel === null && ` ${t('chat.internalOnlyNoModel')}`}
        </p>
      )}

      {models.isError && (
        <Alert tone="error" className="mx-4 mt-3">
          {models.error.message}
        </Alert>
      )}

      {body}

      {!noModels && !conversation.isError && (
        <div className="shrink-0 px-3 pt-2 pb-3 sm:px-6">
          <div className="mx-auto max-w-3xl">
            {sendError !== null && (
              <Alert tone="error" className="mb-2">
                {sendError}
              </Alert>
            )}
            {showExpectedFiles && <ExpectedFilesNotice id={expectedFilesNoticeId} files={expectedFiles} />}
            {internalCollectionWarning && (
              <p
                data-testid="internal-collection-warning"
                role="status"
                className="mb-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
              >
                {t('chat.knowledge.internalExternalWarning')}
              </p>
            )}
            <Composer
              value={draft}
              onChange={setDraft}
              onSend={() => void handleSend()}
              attachHighlight={
                showExpectedFiles && composerAttachments.ready.length === 0
                  ? { describedBy: expectedFilesNoticeId }
                  : null
              }
              onStop={stream.stop}
              streaming={isStreamingHere}
              sendDisabled={sendBlocked}
              textareaRef={textareaRef}
              attachments={composerAttachments.attachments}
              onAttachFiles={composerAttachments.add}
              onRemoveAttachment={composerAttachments.remove}
              onAttachmentInternalChange={composerAttachments.setInternal}
              tools={
                knowledgeUnavailable ? null : (
                  <KnowledgePicker
                    collections={collections.data}
                    loadError={collections.isError ? collections.error.message : null}
                    chosenIds={collectionIds}
                    onChange={chooseCollections}
                  />
                )
              }
              aboveInput={
                <KnowledgeChips
                  collections={chosenCollections}
                  onRemove={(id) => {
                    chooseCollections(collectionIds.filter((chosenId) => chosenId !== id));
                    textareaRef.current?.focus();
                  }}
                />
              }
              notice={
                busyElsewhere
                  ? t('chat.busyElsewhere')
                  : selectedModel?.location === 'external'
                    ? t('chat.externalModelNotice')
                    : null
              }
            />
            <p className="mt-2 text-center text-xs text-slate-400">{t('chat.disclaimer')}</p>
          </div>
        </div>
      )}
      <div role="status" className="sr-only">
        {announcement}
      </div>
    </div>
  );
}

function ConversationLoadError({ error }: { error: Error }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 404) {
    return (
      <div className="mx-auto mt-[12vh] max-w-md p-6 text-center">
        <h2 className="text-lg font-semibold text-slate-900">{t('chat.conversationNotFound')}</h2>
        <p className="mt-2 text-sm text-slate-600">{t('chat.conversationNotFoundBody')}</p>
        <Link to="/chat" className={`${buttonClassName('primary')} mt-6`}>
          {t('chat.newChat')}
        </Link>
      </div>
    );
  }
  return (
    <Alert tone="error" className="mx-4 mt-4">
      {error.message}
    </Alert>
  );
}
