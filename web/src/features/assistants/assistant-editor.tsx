import { purposeCategories, type AssistantDetail } from '@jumugwan/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { validationFieldErrors } from '../../api/validation-field-errors';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { TitledCard } from '../../components/titled-card';
import { chatCollectionsQuery } from '../chat/knowledge-collections-query';
import { LeaveDraftGuard } from '../drafting/leave-draft-guard';
import { assistantModelsQuery } from './assistant-queries';
import { CollectionsField } from './collections-field';
import { DefaultModelField } from './default-model-field';
import { externalDefaultConflict } from './default-model-options';
import { sameDefinition, type DefinitionDraft } from './definition-draft';
import { definitionProblemMessage, definitionProblems } from './definition-problems';
import { ExpectedFilesEditor, expectedFileFieldId } from './expected-files-editor';
import { focusField } from './focus-field';
import { IconPicker } from './icon-picker';
import { problemFieldLabel } from './problem-field-label';
import { starterInputId, StartersEditor } from './starters-editor';
import { TemplateField } from './template-field';

const maximumInstructions = 20_000;

export interface AssistantEditorProps {
  initial: DefinitionDraft;
  /** The assistant being changed; null for a new one. */
  existing: AssistantDetail | null;
  /** Saves the definition (with the version note for an existing assistant); rejects with the ApiError. */
  onSave: (draft: DefinitionDraft, note: string) => Promise<void>;
  /** For 409 version_conflict: load the newest version instead (the changes here are lost). */
  onReload?: () => void;
  newKey: () => string;
}

/**
 * Every field of an assistant's definition, checked against the contract's schema before asking the
 * server; the server's own messages (Korean) are shown under the fields they name.
 */
export function AssistantEditor({ initial, existing, onSave, onReload, newKey }: AssistantEditorProps) {
  const { t, i18n } = useTranslation();
  const idPrefix = useId();
  const [draft, setDraft] = useState<DefinitionDraft>(initial);
  const [note, setNote] = useState('');
  const [showProblems, setShowProblems] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ message: string; conflict: boolean } | null>(null);
  const [saved, setSaved] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const collections = useQuery(chatCollectionsQuery);
  const models = useQuery(assistantModelsQuery);

  const problems = definitionProblems(draft);
  const readableInternal = (collections.data ?? []).some(
    (collection) => collection.sensitivity === 'internal' && draft.collectionIds.includes(collection.id),
  );
  const readable = new Set((collections.data ?? []).map((collection) => collection.id));
  const keepsHidden = draft.collectionIds.some((collectionId) => !readable.has(collectionId));
  // Collections the editor cannot read may be internal: the saved assistant's mark is trusted for them.
  const onPremRequired = readableInternal || (keepsHidden && existing?.onPremOnly === true);
  const modelConflict = externalDefaultConflict(models.data ?? [], draft.defaultModel, onPremRequired);
  const problemKeys = [
    ...Object.keys(problems),
    ...(modelConflict && problems.defaultModel === undefined ? ['defaultModel'] : []),
  ];
  const changed = !sameDefinition(draft, initial) || note.trim() !== '';

  const save = useMutation({
    mutationFn: () => onSave(draft, note.trim()),
    onSuccess: () => {
      setSaved(true);
    },
    onError: (error) => {
      const conflict = isApiError(error, 'version_conflict');
      setServerErrors(isApiError(error) ? validationFieldErrors(error.details, '/definition') : {});
      setFailure({ message: error.message, conflict });
      requestAnimationFrame(() => summaryRef.current?.focus());
    },
  });

  const domIdFor = (key: string): string => {
    const starter = /^starters\.(\d+)/u.exec(key);
    if (starter !== null) {
      const item = draft.starters[Number(starter[1])];
      return item === undefined ? `${idPrefix}-starters` : starterInputId(idPrefix, item.key);
    }
    const file = /^expectedFiles\.(\d+)(?:\.(label|description|formats|required))?/u.exec(key);
    if (file !== null) {
      const item = draft.expectedFiles[Number(file[1])];
      const part =
        file[2] === 'description' || file[2] === 'formats' || file[2] === 'required' ? file[2] : 'label';
      return item === undefined ? `${idPrefix}-expectedFiles` : expectedFileFieldId(idPrefix, item.key, part);
    }
    return `${idPrefix}-${key.split('.')[0] ?? key}`;
  };

  const errorFor = (key: string): string | null => {
    const fromServer = serverErrors[key];
    if (fromServer !== undefined) return fromServer;
    const problem = problems[key];
    return showProblems && problem !== undefined ? definitionProblemMessage(t, problem) : null;
  };

  const change = (update: Partial<DefinitionDraft>) => {
    setDraft((current) => ({ ...current, ...update }));
    setSaved(false);
    // A field changed since the server answered: its message no longer applies.
    const touched = Object.keys(update);
    setServerErrors((current) =>
      Object.fromEntries(
        Object.entries(current).filter(
          ([key]) => !touched.some((field) => key === field || key.startsWith(`${field}.`)),
        ),
      ),
    );
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setShowProblems(true);
    setFailure(null);
    const first = problemKeys[0];
    if (first !== undefined) {
      focusField(domIdFor(first));
      return;
    }
    save.mutate();
  };

  const count = (value: number) => value.toLocaleString(i18n.language);

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      aria-label={t('assistants.editor.formLabel')}
      className="space-y-6"
    >
      <LeaveDraftGuard
        when={changed && !saved && !save.isPending}
        message={t('assistants.editor.leaveBody')}
      />

      {showProblems && problemKeys.length > 0 && (
        <Alert tone="error">
          <p className="font-medium">
            {t('assistants.editor.problemSummary', { value: problemKeys.length })}
          </p>
          <ul className="mt-1 list-disc pl-5">
            {problemKeys.map((key) => (
              <li key={key}>
                <a
                  href={`#${domIdFor(key)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(domIdFor(key));
                  }}
                  className="underline underline-offset-2"
                >
                  {problemFieldLabel(t, key)}
                </a>
              </li>
            ))}
          </ul>
        </Alert>
      )}

      <TitledCard title={t('assistants.editor.basics')}>
        <IconPicker
          id={`${idPrefix}-icon`}
          value={draft.icon}
          onChange={(icon) => change({ icon })}
          error={errorFor('icon')}
        />
        <div className="grid gap-4 md:grid-cols-2">
          <div id={`${idPrefix}-name`}>
            <TextField
              label={t('assistants.editor.name')}
              value={draft.name}
              maxLength={60}
              required
              placeholder={t('assistants.editor.namePlaceholder')}
              onChange={(event) => change({ name: event.target.value })}
              error={errorFor('name')}
            />
          </div>
          <div id={`${idPrefix}-category`}>
            <SelectField
              label={t('assistants.editor.category')}
              value={draft.category}
              onChange={(event) => {
                const category = purposeCategories.find((candidate) => candidate === event.target.value);
                if (category !== undefined) change({ category });
              }}
              hint={t('assistants.editor.categoryHint')}
              error={errorFor('category')}
            >
              {purposeCategories.map((category) => (
                <option key={category} value={category}>
                  {t(`assistants.categories.${category}`)}
                </option>
              ))}
            </SelectField>
          </div>
        </div>
        <div id={`${idPrefix}-description`}>
          <TextField
            label={t('assistants.editor.description')}
            value={draft.description}
            maxLength={500}
            placeholder={t('assistants.editor.descriptionPlaceholder')}
            onChange={(event) => change({ description: event.target.value })}
            error={errorFor('description')}
          />
        </div>
      </TitledCard>

      <TitledCard title={t('assistants.editor.instructions')}>
        <div id={`${idPrefix}-instructions`}>
          <label
            htmlFor={`${idPrefix}-instructions-input`}
            className="mb-1.5 block text-sm font-medium text-slate-700"
          >
            {t('assistants.editor.instructionsLabel')}
          </label>
          <textarea
            id={`${idPrefix}-instructions-input`}
            value={draft.instructions}
            rows={12}
            maxLength={maximumInstructions}
            placeholder={t('assistants.editor.instructionsPlaceholder')}
            aria-invalid={errorFor('instructions') === null ? undefined : true}
            aria-describedby={`${idPrefix}-instructions-hint`}
            onChange={(event) => change({ instructions: event.target.value })}
            className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm leading-6 text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-blue-500 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-blue-500 aria-invalid:border-red-400"
          />
          <div
            id={`${idPrefix}-instructions-hint`}
            className="mt-1.5 flex flex-wrap justify-between gap-2 text-xs"
          >
            <span className="text-slate-500">{t('assistants.editor.instructionsHint')}</span>
            <span className="text-slate-500 tabular-nums">
              {t('assistants.editor.characters', {
                value: count(draft.instructions.length),
                max: count(maximumInstructions),
              })}
            </span>
          </div>
          {errorFor('instructions') !== null && (
            <p className="mt-1 text-xs font-medium text-red-700">{errorFor('instructions')}</p>
          )}
        </div>
      </TitledCard>

      <TitledCard title={t('assistants.editor.sources')}>
        <CollectionsField
          id={`${idPrefix}-collectionIds`}
          collectionIds={draft.collectionIds}
          onChange={(collectionIds) => change({ collectionIds })}
          collections={collections.data}
          loadError={collections.error}
          error={errorFor('collectionIds')}
        />
        {onPremRequired && (
          <p
            className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
            role="status"
          >
            {t('assistants.editor.onPremOnlyNotice')}
          </p>
        )}
        <div className="grid gap-4 md:grid-cols-2">
          <DefaultModelField
            id={`${idPrefix}-defaultModel`}
            value={draft.defaultModel}
            onChange={(defaultModel) => change({ defaultModel })}
            onPremRequired={onPremRequired}
            error={serverErrors.defaultModel ?? null}
          />
          <TemplateField
            id={`${idPrefix}-draftingTemplateId`}
            value={draft.draftingTemplateId}
            onChange={(draftingTemplateId) => change({ draftingTemplateId })}
            error={errorFor('draftingTemplateId')}
          />
        </div>
      </TitledCard>

      <TitledCard title={t('assistants.editor.conversation')}>
        <StartersEditor
          idPrefix={idPrefix}
          starters={draft.starters}
          onChange={(starters) => change({ starters })}
          newKey={newKey}
          errorFor={errorFor}
        />
        <ExpectedFilesEditor
          idPrefix={idPrefix}
          files={draft.expectedFiles}
          onChange={(expectedFiles) => change({ expectedFiles })}
          newKey={newKey}
          errorFor={errorFor}
        />
      </TitledCard>

      <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        {existing !== null && (
          <TextField
            label={t('assistants.editor.note')}
            hint={t('assistants.editor.noteHint', { number: existing.version + 1 })}
            value={note}
            maxLength={200}
            onChange={(event) => {
              setNote(event.target.value);
              setSaved(false);
            }}
            className="mb-4"
          />
        )}
        <div ref={summaryRef} tabIndex={-1} className="focus:outline-none">
          {failure !== null && (
            <Alert
              tone="error"
              className="mb-4"
              action={
                failure.conflict && onReload !== undefined ? (
                  <Button
                    variant="secondary"
                    size="small"
                    onClick={() => {
                      setFailure(null);
                      onReload();
                    }}
                  >
                    {t('assistants.editor.reload')}
                  </Button>
                ) : undefined
              }
            >
              {failure.message}
            </Alert>
          )}
        </div>
        <div className="flex flex-wrap items-center justify-end gap-3">
          {save.isPending && (
            <p role="status" className="mr-auto text-sm text-slate-600">
              {t('assistants.editor.saving')}
            </p>
          )}
          <Button type="submit" disabled={save.isPending}>
            {save.isPending
              ? t('common.saving')
              : existing === null
                ? t('assistants.editor.create')
                : t('assistants.editor.saveVersion', { number: existing.version + 1 })}
          </Button>
        </div>
      </div>
    </form>
  );
}
