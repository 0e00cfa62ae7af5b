import type { GuidelineContent } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { validationFieldErrors } from '../../api/validation-field-errors';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ArrowDownIcon, ArrowUpIcon, PlusIcon, TrashIcon } from '../../components/icons';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { TitledCard } from '../../components/titled-card';
import {
  contentFromDraft,
  draftFromContent,
  draftProblems,
  guidelineLimits,
  moveItem,
  newItemKey,
  type GuidelineDraft,
  type GuidelineProblem,
} from './guideline-draft';
import { guidelineKeys, publishGuidelines } from './guideline-queries';

export interface GuidelinesEditorProps {
  content: GuidelineContent;
  version: number;
  /** Called with the version just published. */
  onPublished: (version: number) => void;
}

type ListName = 'principles' | 'checklist';

/**
 * The guidelines as a form: title, introduction, principles and checklist items (add, remove, move up or
 * down; focus follows the moved item). 게시 asks first, since every member of staff must acknowledge again.
 */
export function GuidelinesEditor({ content, version, onPublished }: GuidelinesEditorProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<GuidelineDraft>(() => draftFromContent(content));
  const [showProblems, setShowProblems] = useState(false);
  const [serverProblems, setServerProblems] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const problems = draftProblems(draft);
  const problemCount = Object.keys(problems).length;
  const changed =
    JSON.stringify(contentFromDraft(draft)) !== JSON.stringify(contentFromDraft(draftFromContent(content)));

  const publish = useMutation({
    mutationFn: () => publishGuidelines(contentFromDraft(draft)),
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: guidelineKeys.all });
      onPublished(version + 1);
    },
    onError: (error) => {
      setConfirming(false);
      setServerProblems(isApiError(error) ? validationFieldErrors(error.details, '/content') : {});
    },
  });

  const problemText = (problem: GuidelineProblem) => t(`guidelines.admin.problems.${problem}`);
  const errorFor = (path: string): string | null => {
    const problem = problems[path];
    return serverProblems[path] ?? (showProblems && problem !== undefined ? problemText(problem) : null);
  };
  const update = (change: (current: GuidelineDraft) => GuidelineDraft) => {
    setDraft(change);
    setServerProblems({});
  };

  // Buttons carry the id; text fields (whose ids are their own) carry it as data-focus-id.
  const focusLater = (id: string) =>
    requestAnimationFrame(() =>
      (
        document.getElementById(id) ?? formRef.current?.querySelector<HTMLElement>(`[data-focus-id="${id}"]`)
      )?.focus(),
    );
  const itemId = (list: ListName, key: number, part: string) => `${idPrefix}-${list}-${key}-${part}`;

  const move = (list: ListName, index: number, offset: -1 | 1) => {
    const items: readonly { key: number }[] = draft[list];
    const item = items[index];
    if (item === undefined) return;
    const target = index + offset;
    update((current) =>
      list === 'principles'
        ? { ...current, principles: moveItem(current.principles, index, offset) }
        : { ...current, checklist: moveItem(current.checklist, index, offset) },
    );
    setAnnouncement(t(`guidelines.admin.moved.${list}`, { from: index + 1, to: target + 1 }));
    // Focus stays on the button pressed, or on the other one when the item reached an end.
    const atEnd = target === 0 || target === items.length - 1;
    focusLater(
      itemId(list, item.key, atEnd ? (offset === -1 ? 'down' : 'up') : offset === -1 ? 'up' : 'down'),
    );
  };

  const remove = (list: ListName, index: number) => {
    update((current) =>
      list === 'principles'
        ? { ...current, principles: current.principles.filter((_, position) => position !== index) }
        : { ...current, checklist: current.checklist.filter((_, position) => position !== index) },
    );
    setAnnouncement(t(`guidelines.admin.removed.${list}`, { number: index + 1 }));
    focusLater(`${idPrefix}-${list}-add`);
  };

  const add = (list: ListName) => {
    const key = newItemKey();
    update((current) =>
      list === 'principles'
        ? { ...current, principles: [...current.principles, { key, title: '', description: '' }] }
        : { ...current, checklist: [...current.checklist, { key, text: '' }] },
    );
    focusLater(itemId(list, key, 'first'));
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowProblems(true);
    if (problemCount > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    publish.reset();
    setConfirming(true);
  };

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate aria-label={t('guidelines.admin.formLabel')}>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {showProblems && problemCount > 0 && (
        <Alert tone="error" className="mb-5">
          {t('guidelines.admin.problemSummary', { count: problemCount })}
        </Alert>
      )}
      <div className="space-y-6">
        <TitledCard title={t('guidelines.admin.basics')}>
          <TextField
            label={t('guidelines.admin.title')}
            value={draft.title}
            onChange={(event) => update((current) => ({ ...current, title: event.target.value }))}
            maxLength={guidelineLimits.title}
            error={errorFor('title')}
            required
          />
          <TextAreaField
            label={t('guidelines.admin.introduction')}
            value={draft.introduction}
            onChange={(event) => update((current) => ({ ...current, introduction: event.target.value }))}
            maxLength={guidelineLimits.introduction}
            rows={4}
            error={errorFor('introduction')}
          />
        </TitledCard>

        <TitledCard title={t('guidelines.principles')} error={errorFor('principles')}>
          <ol className="space-y-4">
            {draft.principles.map((principle, index) => (
              <li
                key={principle.key}
                className="rounded-lg border border-slate-200 p-4"
                data-testid="guideline-principle"
              >
                <div className="mb-3 flex items-center justify-between gap-2">
                  <p className="text-sm font-semibold text-slate-800">
                    {t('guidelines.admin.principleNumber', { number: index + 1 })}
                  </p>
                  <ItemButtons
                    label={t('guidelines.admin.principleNumber', { number: index + 1 })}
                    idOf={(part) => itemId('principles', principle.key, part)}
                    first={index === 0}
                    last={index === draft.principles.length - 1}
                    onMove={(offset) => move('principles', index, offset)}
                    onRemove={() => remove('principles', index)}
                  />
                </div>
                <div className="grid gap-3">
                  <TextField
                    data-focus-id={itemId('principles', principle.key, 'first')}
                    label={t('guidelines.admin.principleTitle')}
                    value={principle.title}
                    onChange={(event) =>
                      update((current) => ({
                        ...current,
                        principles: current.principles.map((item) =>
                          item.key === principle.key ? { ...item, title: event.target.value } : item,
                        ),
                      }))
                    }
                    maxLength={guidelineLimits.principleTitle}
                    error={errorFor(`principles.${index}.title`)}
                  />
                  <TextAreaField
                    label={t('guidelines.admin.principleDescription')}
                    value={principle.description}
                    onChange={(event) =>
                      update((current) => ({
                        ...current,
                        principles: current.principles.map((item) =>
                          item.key === principle.key ? { ...item, description: event.target.value } : item,
                        ),
                      }))
                    }
                    maxLength={guidelineLimits.principleDescription}
                    rows={3}
                    error={errorFor(`principles.${index}.description`)}
                  />
                </div>
              </li>
            ))}
          </ol>
          <Button
            id={`${idPrefix}-principles-add`}
            variant="secondary"
            onClick={() => add('principles')}
            disabled={draft.principles.length >= guidelineLimits.principles}
          >
            <PlusIcon className="text-base" />
            {t('guidelines.admin.addPrinciple')}
          </Button>
        </TitledCard>

        <TitledCard title={t('guidelines.checklist')} error={errorFor('checklist')}>
          <p className="text-sm text-slate-600">{t('guidelines.admin.checklistHint')}</p>
          <ol className="space-y-3">
            {draft.checklist.map((item, index) => (
              <li key={item.key} className="flex items-start gap-2" data-testid="guideline-checklist-item">
                <TextField
                  data-focus-id={itemId('checklist', item.key, 'first')}
                  label={t('guidelines.admin.checklistNumber', { number: index + 1 })}
                  value={item.text}
                  onChange={(event) =>
                    update((current) => ({
                      ...current,
                      checklist: current.checklist.map((entry) =>
                        entry.key === item.key ? { ...entry, text: event.target.value } : entry,
                      ),
                    }))
                  }
                  maxLength={guidelineLimits.checklistText}
                  error={errorFor(`checklist.${index}.text`)}
                  className="min-w-0 flex-1"
                />
                <ItemButtons
                  label={t('guidelines.admin.checklistNumber', { number: index + 1 })}
                  idOf={(part) => itemId('checklist', item.key, part)}
                  first={index === 0}
                  last={index === draft.checklist.length - 1}
                  onMove={(offset) => move('checklist', index, offset)}
                  onRemove={() => remove('checklist', index)}
                  className="mt-7"
                />
              </li>
            ))}
          </ol>
          <Button
            id={`${idPrefix}-checklist-add`}
            variant="secondary"
            onClick={() => add('checklist')}
            disabled={draft.checklist.length >= guidelineLimits.checklist}
          >
            <PlusIcon className="text-base" />
            {t('guidelines.admin.addChecklistItem')}
          </Button>
        </TitledCard>
      </div>

      {publish.isError && (
        <Alert tone="error" className="mt-5">
          {publish.error.message}
        </Alert>
      )}
      <div className="mt-6 flex flex-wrap items-center justify-end gap-3">
        {!changed && <p className="text-sm text-slate-500">{t('guidelines.admin.unchanged')}</p>}
        <Button
          variant="secondary"
          onClick={() => {
            setDraft(draftFromContent(content));
            setServerProblems({});
            setShowProblems(false);
          }}
          disabled={!changed}
        >
          {t('guidelines.admin.reset')}
        </Button>
        <Button type="submit" disabled={!changed || publish.isPending}>
          {t('guidelines.admin.publish', { version: version + 1 })}
        </Button>
      </div>

      <ConfirmDialog
        open={confirming}
        title={t('guidelines.admin.confirmTitle', { version: version + 1 })}
        message={t('guidelines.admin.confirmMessage')}
        confirmLabel={t('guidelines.admin.confirm')}
        pendingLabel={t('guidelines.admin.publishing')}
        pending={publish.isPending}
        error={null}
        onConfirm={() => publish.mutate()}
        onCancel={() => setConfirming(false)}
      />
    </form>
  );
}

interface ItemButtonsProps {
  /** The item's name for the buttons' accessible names (원칙 2 …). */
  label: string;
  idOf: (part: 'up' | 'down' | 'remove') => string;
  first: boolean;
  last: boolean;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  className?: string;
}

function ItemButtons({ label, idOf, first, last, onMove, onRemove, className }: ItemButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className={`flex shrink-0 gap-1 ${className ?? ''}`}>
      <Button
        id={idOf('up')}
        variant="ghost"
        size="small"
        onClick={() => onMove(-1)}
        disabled={first}
        aria-label={t('guidelines.admin.moveUp', { item: label })}
      >
        <ArrowUpIcon className="text-base" />
      </Button>
      <Button
        id={idOf('down')}
        variant="ghost"
        size="small"
        onClick={() => onMove(1)}
        disabled={last}
        aria-label={t('guidelines.admin.moveDown', { item: label })}
      >
        <ArrowDownIcon className="text-base" />
      </Button>
      <Button
        id={idOf('remove')}
        variant="ghost"
        size="small"
        onClick={onRemove}
        aria-label={t('guidelines.admin.remove', { item: label })}
      >
        <TrashIcon className="text-base" />
      </Button>
    </div>
  );
}
