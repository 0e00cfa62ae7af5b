import type { ExportFormat } from '@jumugwan/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { ExportActions } from './export-actions';

export interface EditorToolbarProps {
  onSave: () => void;
  canSave: boolean;
  saving: boolean;
  dirty: boolean;
  /** The version the editor last saved or loaded. */
  savedNumber: number;
  /** The draft lives on this page only. */
  local: boolean;
  /** The last thing that happened (저장했습니다, AI가 초안을 다 썼습니다, …), announced politely. */
  status: string;
  exportHint: string;
  onExport: (format: ExportFormat) => void;
  exporting: ExportFormat | null;
  copyText: () => string;
  exportDisabled: boolean;
}

/** 저장 (Ctrl+S) with the saved/unsaved state, the export buttons, and the editor's status line. */
export function EditorToolbar(props: EditorToolbarProps) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={props.onSave} disabled={!props.canSave} aria-keyshortcuts="Control+S">
          {props.saving ? t('common.saving') : t('drafting.editor.save')}
        </Button>
        <span data-testid="save-state">
          {props.dirty ? (
            <Badge tone="amber">{t('drafting.editor.unsaved')}</Badge>
          ) : (
            <Badge tone="slate">{t('drafting.editor.savedState', { number: props.savedNumber })}</Badge>
          )}
        </span>
        {props.local && <Badge tone="blue">{t('drafting.editor.localBadge')}</Badge>}
        <div className="ml-auto">
          <ExportActions
            onExport={props.onExport}
            pending={props.exporting}
            copyText={props.copyText}
            disabled={props.exportDisabled}
            describedBy={hintId}
          />
        </div>
      </div>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-xs">
        <p role="status" className="font-medium text-slate-700" data-testid="editor-status">
          {props.status}
        </p>
        <p id={hintId} className="text-slate-500">
          {props.exportHint}
        </p>
      </div>
    </div>
  );
}
