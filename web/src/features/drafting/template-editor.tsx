import type { DraftTemplateDetail } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { createTemplate, draftingKeys, updateTemplate } from './drafting-queries';
import { IndentingTextarea } from './indenting-textarea';
import { LeaveDraftGuard } from './leave-draft-guard';
import { serverTemplateIssues } from './server-template-issues';
import { TemplateIssueList } from './template-issue-list';
import { parseTemplateJson } from './template-json';
import { TemplatePreview } from './template-preview';

export interface TemplateEditorProps {
  initialText: string;
  /** What is saved now (the latest version's JSON); an older version loaded into the editor differs from it. */
  savedText?: string;
  /** The institution template being changed; null for a new one. */
  existing: DraftTemplateDetail | null;
  onSaved: (detail: DraftTemplateDetail) => void;
  /** Shown above the editor, e.g. "버전 2를 불러왔습니다". */
  notice?: string | null;
}

/**
 * The template as pretty-printed JSON, checked on every change against the template schema (Korean
 * messages with the path), previewed by the server as it would export, and saved as a new version.
 */
export function TemplateEditor({
  initialText,
  savedText: initialSavedText = initialText,
  existing,
  onSaved,
  notice = null,
}: TemplateEditorProps) {
  const { t } = useTranslation();
  const editorId = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const queryClient = useQueryClient();
  const [text, setText] = useState(initialText);
  const [savedText, setSavedText] = useState(initialSavedText);
  const parsed = parseTemplateJson(text);
  const save = useMutation({
    mutationFn: () => {
      if (!parsed.ok) throw new Error(t('drafting.templateEditor.fixFirst'));
      return existing === null
        ? createTemplate(parsed.template)
        : updateTemplate(existing.template.id, parsed.template);
    },
    onSuccess: async (detail) => {
      setSavedText(text);
      await queryClient.invalidateQueries({ queryKey: draftingKeys.templates() });
      onSaved(detail);
    },
  });
  const serverIssues = isApiError(save.error) ? serverTemplateIssues(save.error.details) : [];

  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <div className="min-w-0 space-y-3">
        {notice !== null && <Alert tone="info">{notice}</Alert>}
        <IndentingTextarea
          id={editorId}
          label={t('drafting.templateEditor.json')}
          hint={t('drafting.templateEditor.jsonHint')}
          value={text}
          onChange={(value) => {
            setText(value);
            save.reset();
          }}
          textareaRef={textareaRef}
          readOnly={save.isPending}
          rows={30}
          className="min-h-[36rem] text-[13px] leading-6"
          data-testid="template-json"
        />
        {parsed.ok ? (
          <p role="status" className="text-sm text-emerald-700">
            {t('drafting.templateEditor.valid')}
          </p>
        ) : (
          <TemplateIssueList issues={parsed.issues} />
        )}
        {serverIssues.length > 0 ? (
          <TemplateIssueList issues={serverIssues} />
        ) : (
          save.isError && <Alert tone="error">{save.error.message}</Alert>
        )}
        {save.isSuccess && text === savedText && (
          <Alert tone="success">
            {t('drafting.templateEditor.saved', { version: save.data.template.version })}
          </Alert>
        )}
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => save.mutate()} disabled={!parsed.ok || save.isPending || text === savedText}>
            {save.isPending
              ? t('common.saving')
              : existing === null
                ? t('drafting.templateEditor.create')
                : t('drafting.templateEditor.saveVersion')}
          </Button>
        </div>
      </div>
      <div className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <TemplatePreview template={parsed.ok ? parsed.template : null} />
      </div>
      <LeaveDraftGuard when={text !== savedText} message={t('drafting.templateEditor.leave')} />
    </div>
  );
}
