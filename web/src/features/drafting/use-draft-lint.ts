import { useEffect, useState } from 'react';
import { isAbortError } from '../../api/api-error';
import { lintText } from './drafting-queries';
import type { LintedText } from './lint-fixes';

/** Quiet time after the last keystroke before the body is checked again. */
export const lintDelayMilliseconds = 400;

export interface DraftLint {
  /** The latest findings and the text they belong to; null before the first check. */
  linted: LintedText | null;
  /** The findings belong to the text on screen, so their offsets (and fixes) are valid. */
  current: boolean;
  error: string | null;
  /** Findings known without asking (a generation's result, or after a fix applied here). */
  setLinted: (linted: LintedText) => void;
}

/** Checks the body against the public-document rules ~400 ms after typing stops. */
export function useDraftLint(
  text: string,
  templateId: string,
  paused: boolean,
  initial: LintedText | null,
): DraftLint {
  const [linted, setLinted] = useState<LintedText | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const current = linted !== null && linted.text === text;

  useEffect(() => {
    if (paused || current) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      lintText(text, templateId, controller.signal).then(
        (response) => {
          setLinted({ text, findings: response.findings });
          setError(null);
        },
        (failure: unknown) => {
          if (!isAbortError(failure)) setError(failure instanceof Error ? failure.message : String(failure));
        },
      );
    }, lintDelayMilliseconds);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, templateId, paused, current]);

  return { linted, current, error, setLinted };
}
