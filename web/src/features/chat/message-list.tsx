import type { ModelLocation } from '@jumugwan/contracts';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayMessage } from './display-message';
import { MessageItem } from './message-item';

export interface MessageListProps {
  messages: readonly DisplayMessage[];
  /** Id of the answer that may be regenerated, if any. */
  regenerableMessageId: string | null;
  onRegenerate: () => void;
  /** Changes whenever the user sends, to jump back to the bottom even if they had scrolled up. */
  sendCount: number;
  /** Where each offered model runs, by id, for the guard notices under the answers. */
  modelLocations: ReadonlyMap<string, ModelLocation>;
}

/** Distance from the bottom (px) within which the list keeps following new text. */
const followThreshold = 80;

/**
 * Scrollable message column. While an answer streams it stays pinned to the bottom, unless the user
 * scrolled up to read — then it leaves the position alone until they come back down.
 */
export function MessageList({
  messages,
  regenerableMessageId,
  onRegenerate,
  sendCount,
  modelLocations,
}: MessageListProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const followRef = useRef(true);

  const handleScroll = () => {
    const container = containerRef.current;
    if (container !== null) {
      followRef.current =
        container.scrollHeight - container.scrollTop - container.clientHeight < followThreshold;
    }
  };

  useLayoutEffect(() => {
    followRef.current = true;
  }, [sendCount]);

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (container !== null && followRef.current) {
      container.scrollTop = container.scrollHeight;
    }
  }, [messages, sendCount]);

  return (
    <div ref={containerRef} onScroll={handleScroll} className="min-h-0 flex-1 overflow-y-auto">
      <section
        aria-label={t('chat.messages')}
        className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-6 sm:px-6"
      >
        {messages.map((message) => (
          <MessageItem
            key={message.id}
            message={message}
            canRegenerate={message.id === regenerableMessageId}
            onRegenerate={onRegenerate}
            modelLocation={message.model === null ? null : (modelLocations.get(message.model) ?? null)}
          />
        ))}
      </section>
    </div>
  );
}
