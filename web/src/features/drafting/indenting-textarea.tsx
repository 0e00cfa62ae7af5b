import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { inputClassName } from '../../components/text-field';
import { indentSelection, outdentSelection, tabKeyAction } from './indent-text';

export interface IndentingTextareaProps {
  id: string;
  label: string;
  /** Says how Tab works and how to leave the field. */
  hint: string;
  value: string;
  onChange: (value: string) => void;
  /** The lint panel uses it to select a finding's text. */
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  readOnly: boolean;
  rows?: number;
  className?: string;
  'data-testid'?: string;
}

const modifierKeys = new Set(['Shift', 'Control', 'Alt', 'Meta']);

/**
 * A monospace text area where two-space levels line up (the draft body, a template's JSON). Tab indents
 * and Shift+Tab outdents (selected lines or the caret's line); Esc then Tab leaves the field as usual.
 */
export function IndentingTextarea({
  id,
  label,
  hint,
  value,
  onChange,
  textareaRef,
  readOnly,
  rows = 24,
  className = 'min-h-[24rem] text-[15px] leading-7',
  'data-testid': testId,
}: IndentingTextareaProps) {
  const hintId = `${id}-hint`;
  const escaped = useRef(false);
  const pendingSelection = useRef<{ start: number; end: number } | null>(null);

  // A Tab edit replaces the value; put the selection back where the edit left it.
  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    if (selection !== null && textareaRef.current !== null) {
      textareaRef.current.setSelectionRange(selection.start, selection.end);
      pendingSelection.current = null;
    }
  }, [value, textareaRef]);

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      escaped.current = true;
      return;
    }
    if (modifierKeys.has(event.key)) return;
    const action = tabKeyAction(
      {
        key: event.key,
        shiftKey: event.shiftKey,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        isComposing: event.nativeEvent.isComposing,
      },
      escaped.current,
    );
    escaped.current = false;
    if (action !== 'indent' && action !== 'outdent') return;
    event.preventDefault();
    if (readOnly) return;
    const { selectionStart, selectionEnd } = event.currentTarget;
    const edit =
      action === 'indent'
        ? indentSelection(value, selectionStart, selectionEnd)
        : outdentSelection(value, selectionStart, selectionEnd);
    pendingSelection.current = { start: edit.selectionStart, end: edit.selectionEnd };
    onChange(edit.text);
  };

  return (
    <div>
      <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <textarea
        id={id}
        ref={textareaRef}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={handleKeyDown}
        onBlur={() => {
          escaped.current = false;
        }}
        readOnly={readOnly}
        spellCheck={false}
        rows={rows}
        aria-describedby={hintId}
        data-testid={testId}
        className={`${inputClassName} resize-y font-mono [tab-size:2] ${className}`}
      />
      <p id={hintId} className="mt-1.5 text-xs text-slate-500">
        {hint}
      </p>
    </div>
  );
}
