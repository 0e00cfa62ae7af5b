import type { AssistantDefinition, AssistantDetail } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { LoadingState } from '../../components/loading-state';
import { DiffView } from '../drafting/diff-view';
import { templateListQuery } from '../drafting/drafting-queries';
import { formatDateTime } from '../drafting/format-date-time';
import { lineDiff } from '../drafting/line-diff';
import { assistantVersionQuery } from './assistant-queries';
import {
  changedDefinitionFields,
  definitionFields,
  fieldValueLines,
  type DefinitionField,
  type FieldValueNames,
} from './definition-fields';
import { formatLabel } from './expected-file-formats';
import { versionKindText } from './version-kind-text';

export interface VersionChangesProps {
  assistant: AssistantDetail;
  number: number;
  /** The version to compare with (the one before); null for the first. */
  previous: number | null;
  /** 이 버전으로 되돌리기, for those who may. */
  actions: ReactNode;
}

/**
 * One version against the one before: the instructions as a line diff, the other changed fields as
 * before and after. The first version shows what it was made with.
 */
export function VersionChanges({ assistant, number, previous, actions }: VersionChangesProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const current = useQuery(assistantVersionQuery(assistant.id, number));
  const before = useQuery({
    ...assistantVersionQuery(assistant.id, previous ?? 1),
    enabled: previous !== null,
  });
  const names = useFieldValueNames(assistant);

  if (current.isPending || (previous !== null && before.isPending)) {
    return <LoadingState />;
  }
  if (current.isError) {
    return <Alert tone="error">{current.error.message}</Alert>;
  }
  if (previous !== null && before.isError) {
    return <Alert tone="error">{before.error.message}</Alert>;
  }
  const version = current.data;
  const older = previous === null ? null : (before.data?.definition ?? null);
  const fields = older === null ? definitionFields : changedDefinitionFields(older, version.definition);

  return (
    <section
      aria-labelledby={headingId}
      data-testid="assistant-version-view"
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="text-lg font-semibold text-slate-900">
            {t('assistants.versions.viewTitle', {
              number: version.number,
              kind: versionKindText(t, version),
            })}
          </h2>
          <p className="text-xs text-slate-500">
            {[version.editorName, formatDateTime(version.createdAt, i18n.language)]
              .filter((part): part is string => part !== null && part !== '')
              .join(' · ')}
          </p>
          {version.note !== '' && <p className="mt-1 text-sm text-slate-700">“{version.note}”</p>}
          <p className="mt-2 text-sm text-slate-600">
            {older === null
              ? t('assistants.versions.firstVersion')
              : t('assistants.versions.comparedWith', { number: previous ?? 0 })}
          </p>
        </div>
        {actions}
      </div>

      {older !== null && fields.length === 0 && (
        <p className="mt-4 text-sm text-slate-500">{t('assistants.versions.noChanges')}</p>
      )}
      <div className="mt-4 space-y-5">
        {fields.map((field) => (
          <FieldChange key={field} field={field} before={older} after={version.definition} names={names} />
        ))}
      </div>
    </section>
  );
}

function FieldChange({
  field,
  before,
  after,
  names,
}: {
  field: DefinitionField;
  before: AssistantDefinition | null;
  after: AssistantDefinition;
  names: FieldValueNames;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const afterLines = fieldValueLines(after, field, names);
  let body: ReactNode;
  if (before === null) {
    body = <ValueLines lines={afterLines} />;
  } else if (field === 'instructions') {
    body = <DiffView lines={lineDiff(before.instructions.split('\n'), after.instructions.split('\n'))} />;
  } else {
    body = (
      <div className="grid gap-2 sm:grid-cols-2">
        <div className="rounded-lg bg-red-50 p-3 ring-1 ring-red-100">
          <p className="mb-1 text-xs font-semibold text-red-800">{t('assistants.versions.before')}</p>
          <ValueLines lines={fieldValueLines(before, field, names)} />
        </div>
        <div className="rounded-lg bg-emerald-50 p-3 ring-1 ring-emerald-100">
          <p className="mb-1 text-xs font-semibold text-emerald-800">{t('assistants.versions.after')}</p>
          <ValueLines lines={afterLines} />
        </div>
      </div>
    );
  }
  return (
    <section aria-labelledby={headingId} data-testid="version-field-change" data-field={field}>
      <h3 id={headingId} className="mb-1.5 text-sm font-semibold text-slate-800">
        {t(`assistants.fields.${field}`)}
      </h3>
      {body}
    </section>
  );
}

function ValueLines({ lines }: { lines: readonly string[] }) {
  return (
    <div className="text-sm leading-6 break-words whitespace-pre-wrap text-slate-800">
      {lines.map((line, index) => (
        // Lines of one value, shown once and never reordered: the index is a stable key.
        <p key={index}>{line === '' ? '\u00a0' : line}</p>
      ))}
    </div>
  );
}

/** Names for ids in a definition: readable collections and templates by name, the rest as unknown. */
function useFieldValueNames(assistant: AssistantDetail): FieldValueNames {
  const { t } = useTranslation();
  const templates = useQuery(templateListQuery);
  const collectionNames = new Map(
    assistant.collections.map((collection) => [collection.id, collection.name]),
  );
  const templateNames = new Map((templates.data ?? []).map((template) => [template.id, template.name]));
  return {
    category: (category) => t(`assistants.categories.${category}`),
    collection: (id) => collectionNames.get(id) ?? t('assistants.versions.hiddenCollection'),
    template: (id) => templateNames.get(id) ?? id,
    format: formatLabel,
    none: t('assistants.versions.none'),
    userModel: t('assistants.page.userModel'),
    required: t('assistants.files.required'),
  };
}
