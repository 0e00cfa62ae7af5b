import type { DraftReference, DraftTemplate, FieldValue } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { useComposerAttachments } from '../chat/attachments/use-composer-attachments';
import { chatCollectionsQuery } from '../chat/knowledge-collections-query';
import { KnowledgeChips, KnowledgePicker } from '../chat/knowledge-picker';
import { ModelPicker } from '../chat/model-picker';
import { fieldProblemMessage } from './field-problem-message';
import {
  fillWithExamples,
  formProblems,
  initialFormValues,
  requestValues,
  type FieldProblem,
  type FormValues,
  type StatuteEntry,
} from './field-values';
import { ReferenceFiles } from './reference-files';
import { serverFieldErrors } from './server-field-errors';
import { StatutesField } from './statutes-field';
import { TemplateFieldInput } from './template-field-input';
import { useDraftingModel } from './use-drafting-model';

/** The request schemas take at most this many collections for one draft. */
const maximumDraftCollections = 10;

export interface DraftSubmission {
  values: Record<string, FieldValue>;
  collectionIds: string[];
  /** The text of the attached files, for the model to draw on. */
  references: DraftReference[];
  /** Set for "AI로 작성": the draft is written by this model right after it is made. */
  model: string | null;
}

export interface DraftFormProps {
  template: DraftTemplate;
  /** False until the AI-use notice is confirmed; submitting then opens the notice instead. */
  acknowledged: boolean;
  onNeedNotice: () => void;
  /** Makes the draft; rejects with the server's ApiError. */
  onSubmit: (submission: DraftSubmission) => Promise<void>;
}

/**
 * The template's form: one control per field (typed, with hints and examples as placeholders), the
 * optional knowledge collections, then 초안 만들기 (the skeleton) or AI로 작성 (skeleton, then written).
 * Without any chat model only the skeleton is offered; editing, checks and export work the same.
 */
export function DraftForm({ template, acknowledged, onNeedNotice, onSubmit }: DraftFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [values, setValues] = useState<FormValues>(() => initialFormValues(template.fields));
  const [showProblems, setShowProblems] = useState(false);
  const [serverProblems, setServerProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState<'skeleton' | 'generate' | null>(null);
  const [filledNotice, setFilledNotice] = useState('');
  const [collectionIds, setCollectionIds] = useState<string[]>([]);
  const collections = useQuery(chatCollectionsQuery);
  const files = useComposerAttachments();
  const model = useDraftingModel(collectionIds);
  const problems = formProblems(template.fields, values);
  const problemList = template.fields.filter((field) => problems[field.key] !== undefined);
  const tooManyCollections = collectionIds.length > maximumDraftCollections;
  const canGenerate = model.models.length > 0;

  const fieldId = (key: string) => `${formId}-${key}`;
  const setValue = (key: string, value: string | StatuteEntry[]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setServerProblems((current) => {
      if (current[key] === undefined) return current;
      const { [key]: _removed, ...rest } = current;
      return rest;
    });
  };
  const errorFor = (key: string, problem: FieldProblem | undefined) =>
    serverProblems[key] ?? (showProblems && problem !== undefined ? fieldProblemMessage(t, problem) : null);

  const submit = async (action: 'skeleton' | 'generate') => {
    if (pending !== null) return;
    if (!acknowledged) {
      onNeedNotice();
      return;
    }
    setShowProblems(true);
    setFailure(null);
    const first = problemList[0];
    if (first !== undefined || tooManyCollections || files.uploading) {
      if (first !== undefined) document.getElementById(fieldId(first.key))?.focus();
      return;
    }
    if (action === 'generate' && model.modelId === null) return;
    setPending(action);
    try {
      await onSubmit({
        values: requestValues(template.fields, values),
        collectionIds,
        references: files.ready.map(({ name, text }) => ({ name, text })),
        model: action === 'generate' ? model.modelId : null,
      });
    } catch (error) {
      const byField = isApiError(error) ? serverFieldErrors(error.details) : {};
      setServerProblems(byField);
      setFailure(error instanceof Error ? error.message : t('errors.invalidResponse'));
    } finally {
      setPending(null);
    }
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = event.nativeEvent.submitter;
    void submit(
      submitter instanceof HTMLElement && submitter.dataset.action === 'generate' ? 'generate' : 'skeleton',
    );
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('drafting.form.label', { name: template.name })}>
      {showProblems && problemList.length > 0 && (
        <Alert tone="error" className="mb-5">
          <p className="font-medium">{t('drafting.form.problemSummary', { count: problemList.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {problemList.map((field) => (
              <li key={field.key}>
                <a
                  href={`#${fieldId(field.key)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(fieldId(field.key))?.focus();
                  }}
                  className="underline underline-offset-2"
                >
                  {field.label}
                </a>
                : {fieldProblemMessage(t, problems[field.key] ?? { code: 'required' })}
              </li>
            ))}
          </ul>
        </Alert>
      )}

      <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-600">
            <span aria-hidden="true" className="text-red-600">
              *
            </span>{' '}
            {t('drafting.form.requiredLegend')}
          </p>
          <Button
            variant="secondary"
            size="small"
            onClick={() => {
              setValues((current) => fillWithExamples(template.fields, current));
              setFilledNotice(t('drafting.form.filled'));
            }}
          >
            {t('drafting.form.fillExamples')}
          </Button>
          <p role="status" className="sr-only">
            {filledNotice}
          </p>
        </div>
        <div className="grid gap-5 md:grid-cols-2">
          {template.fields.map((field) => {
            const value = values[field.key];
            const wide = field.type === 'textarea' || field.type === 'list' || field.type === 'statutes';
            return (
              <div key={field.key} className={wide ? 'md:col-span-2' : undefined}>
                {field.type === 'statutes' ? (
                  <StatutesField
                    field={field}
                    id={fieldId(field.key)}
                    entries={Array.isArray(value) ? value : []}
                    onChange={(entries) => setValue(field.key, entries)}
                    error={errorFor(field.key, problems[field.key])}
                    collectionIds={collectionIds}
                  />
                ) : (
                  <TemplateFieldInput
                    field={field}
                    id={fieldId(field.key)}
                    value={typeof value === 'string' ? value : ''}
                    onChange={(text) => setValue(field.key, text)}
                    error={errorFor(field.key, problems[field.key])}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>

      <section
        aria-labelledby={`${formId}-sources`}
        className="mt-5 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
      >
        <h2 id={`${formId}-sources`} className="text-sm font-semibold text-slate-900">
          {t('drafting.form.sourcesHeading')}
          <span className="ml-1.5 font-normal text-slate-500">({t('common.optional')})</span>
        </h2>
        <p className="mt-1 text-xs text-slate-500">{t('drafting.form.sourcesHint')}</p>
        <div className="mt-3">
          <KnowledgeChips
            collections={(collections.data ?? []).filter((collection) =>
              collectionIds.includes(collection.id),
            )}
            onRemove={(id) => setCollectionIds((current) => current.filter((existing) => existing !== id))}
          />
          <KnowledgePicker
            collections={collections.data}
            loadError={collections.isError ? collections.error.message : null}
            chosenIds={collectionIds}
            onChange={setCollectionIds}
          />
        </div>
        <ReferenceFiles files={files.attachments} onAdd={files.add} onRemove={files.remove} />
        {showProblems && files.uploading && (
          <p className="mt-2 text-xs font-medium text-red-700">{t('drafting.files.stillReading')}</p>
        )}
        {tooManyCollections && (
          <p className="mt-2 text-xs font-medium text-red-700">
            {t('drafting.form.tooManyCollections', { max: maximumDraftCollections })}
          </p>
        )}
      </section>

      {failure !== null && (
        <Alert tone="error" className="mt-5">
          {failure}
        </Alert>
      )}

      <div className="mt-6 flex flex-wrap items-center justify-end gap-3">
        {!model.loading && !canGenerate && (
          <p className="mr-auto max-w-xl text-sm text-slate-600">{t('drafting.form.noModels')}</p>
        )}
        {model.loadError !== null && <p className="mr-auto text-sm text-red-700">{model.loadError}</p>}
        <Button
          type="submit"
          variant={canGenerate ? 'secondary' : 'primary'}
          data-action="skeleton"
          disabled={pending !== null}
        >
          {pending === 'skeleton' ? t('drafting.form.creating') : t('drafting.form.createSkeleton')}
        </Button>
        {canGenerate && (
          <div className="flex items-center gap-2">
            <ModelPicker
              models={model.models}
              selectedId={model.modelId}
              onChange={model.choose}
              disabled={pending !== null}
              externalDisabled={model.internal}
            />
            <Button
              type="submit"
              data-action="generate"
              disabled={pending !== null || model.modelId === null}
            >
              {pending === 'generate' ? t('drafting.form.creating') : t('drafting.form.generate')}
            </Button>
          </div>
        )}
      </div>
      {canGenerate && model.internal && (
        <p className="mt-2 text-right text-xs text-slate-500">{t('drafting.form.internalOnly')}</p>
      )}
    </form>
  );
}
