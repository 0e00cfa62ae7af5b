export interface ShortcutKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  /** True while an IME (e.g. Korean) is still composing a syllable. */
  isComposing: boolean;
}

/** Ctrl+Enter (Windows, Linux) or ⌘+Enter (Mac) in a multi-line field: submit, unless an IME is composing. */
export function isSubmitShortcut(event: ShortcutKeyEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing;
}
