import type { KeyboardEvent } from 'react';
import { isSubmitShortcut } from './is-submit-shortcut';

/** A textarea's onKeyDown: Ctrl+Enter or ⌘+Enter runs `submit`, except while Hangul is being composed. */
export function submitOnShortcut(submit: () => void) {
  return (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (
      isSubmitShortcut({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        isComposing: event.nativeEvent.isComposing,
      })
    ) {
      event.preventDefault();
      submit();
    }
  };
}
