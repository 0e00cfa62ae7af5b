import type { DraftingSettingsResponse } from '@jumugwan/contracts';
import { useState } from 'react';

export interface AiUseNoticeState {
  /** The user confirmed the notice (now or before). */
  acknowledged: boolean;
  open: boolean;
  show: () => void;
  close: () => void;
}

/**
 * The AI-use notice opens by itself until the user confirms it. Closing it without confirming is
 * allowed (Esc), but anything that would make a draft opens it again first.
 */
export function useAiUseNotice(settings: DraftingSettingsResponse | undefined): AiUseNoticeState {
  const [choice, setChoice] = useState<boolean | null>(null);
  const acknowledged = settings !== undefined && settings.acknowledgedAt !== null;
  const open = settings !== undefined && !acknowledged && (choice ?? true);
  return { acknowledged, open, show: () => setChoice(true), close: () => setChoice(false) };
}
