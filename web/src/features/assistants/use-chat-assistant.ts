import type { AssistantDetail } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { readAssistantModelChoice, writeAssistantModelChoice } from './assistant-model-storage';
import { assistantDetailQuery } from './assistant-queries';
import { chatAssistantChoice, type ChatAssistantFacts } from './chat-assistant-id';

export interface AssistantLabel {
  id: string;
  name: string;
  icon: string;
}

export interface ChatAssistant {
  /** The assistant the chat talks to; null for a plain chat. */
  id: string | null;
  /** Retention `none`: an assistant asked for while the tab's conversation is with another one. */
  waitingId: string | null;
  /** Its icon and name for the header, as soon as either the conversation or the assistant is loaded. */
  label: AssistantLabel | null;
  detail: AssistantDetail | undefined;
  /** The assistant is still loading: its default model and files are not known yet. */
  loading: boolean;
  error: Error | null;
  /** The model the user chose for this assistant before, if any. */
  modelChoice: string | null;
  rememberModel: (modelId: string) => void;
}

/** The custom assistant of a chat pane, its page's data, and the model the user picks for it. */
export function useChatAssistant(
  facts: ChatAssistantFacts & { storedLabel: AssistantLabel | null },
): ChatAssistant {
  const { id, waitingId } = chatAssistantChoice(facts);
  const detail = useQuery({ ...assistantDetailQuery(id ?? ''), enabled: id !== null });

  // The remembered choice is read again whenever the assistant changes (adjusted while rendering).
  const [choice, setChoice] = useState(() => ({
    id,
    model: id === null ? null : readAssistantModelChoice(id),
  }));
  let current = choice;
  if (choice.id !== id) {
    current = { id, model: id === null ? null : readAssistantModelChoice(id) };
    setChoice(current);
  }

  const rememberModel = (modelId: string) => {
    if (id === null) return;
    writeAssistantModelChoice(id, modelId);
    setChoice({ id, model: modelId });
  };

  const loaded = id === null ? undefined : detail.data;
  const label: AssistantLabel | null =
    loaded !== undefined
      ? { id: loaded.id, name: loaded.name, icon: loaded.icon }
      : facts.storedLabel !== null && facts.storedLabel.id === id
        ? facts.storedLabel
        : null;

  return {
    id,
    waitingId,
    label,
    detail: loaded,
    loading: id !== null && detail.isPending,
    error: id === null ? null : detail.error,
    modelChoice: current.model,
    rememberModel,
  };
}
