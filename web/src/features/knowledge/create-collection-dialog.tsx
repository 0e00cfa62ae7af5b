import type { CollectionScope, CurrentUser, KnowledgeCollection } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { CheckboxField } from '../../components/checkbox-field';
import { Dialog } from '../../components/dialog';
import { ElapsedProgress } from '../../components/elapsed-progress';
import { SelectField } from '../../components/select-field';
import { inputClassName, TextField } from '../../components/text-field';
import { ChoiceCards } from '../admin-guard/choice-cards';
import { InlineRadioGroup } from '../admin-metering/inline-radio-group';
import { creatableScopes } from './collection-scopes';
import { directoryDepartmentOptions } from './directory-department-options';
import { directoryDepartmentQuery } from './directory-queries';
import { createCollection, embeddingModelQuery, knowledgeKeys } from './knowledge-queries';

type Sensitivity = KnowledgeCollection['sensitivity'];

const sensitivities = ['internal', 'normal'] as const satisfies readonly Sensitivity[];

export interface CreateCollectionDialogProps {
  open: boolean;
  onClose: () => void;
  user: CurrentUser;
}

/** 새 지식 모음, in a dialog that closes with Esc; the form mounts fresh each time it opens. */
export function CreateCollectionDialog({ open, onClose, user }: CreateCollectionDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('knowledge.createDialog.title')} widthClassName="max-w-xl">
      <CreateCollectionForm user={user} onCancel={onClose} />
    </Dialog>
  );
}

interface Draft {
  name: string;
  description: string;
  scope: CollectionScope;
  departmentId: string;
  includeSubdepartments: boolean;
  sensitivity: Sensitivity;
  embeddingModel: string;
}

function CreateCollectionForm({ user, onCancel }: { user: CurrentUser; onCancel: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const descriptionId = useId();
  const scopes = creatableScopes(user);
  const isPlatformAdmin = user.role === 'platform_admin';
  const [draft, setDraft] = useState<Draft>(() => ({
    name: '',
    description: '',
    scope: scopes.includes('department') && user.role === 'department_admin' ? 'department' : 'personal',
    departmentId: user.department?.id ?? '',
    includeSubdepartments: false,
    sensitivity: 'internal',
    embeddingModel: '',
  }));
  const [nameError, setNameError] = useState<string | null>(null);
  const [departmentError, setDepartmentError] = useState<string | null>(null);
  const embeddingModels = useQuery(embeddingModelQuery);
  // Platform admins may create a collection for any department, picked from the directory; department
  // admins create one for their own department only.
  const departments = useQuery({
    ...directoryDepartmentQuery,
    enabled: isPlatformAdmin && draft.scope === 'department',
  });

  const create = useMutation({
    mutationFn: createCollection,
    onSuccess: async (collection) => {
      queryClient.setQueryData(knowledgeKeys.collection(collection.id), collection);
      await queryClient.invalidateQueries({ queryKey: knowledgeKeys.collections() });
      onCancel();
      await navigate({ to: '/knowledge/$collectionId', params: { collectionId: collection.id } });
    },
  });

  const update = (change: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...change }));
  const models = embeddingModels.data ?? [];
  const chosenModel = models.find((model) => model.id === draft.embeddingModel);
  const externalForInternal = draft.sensitivity === 'internal' && chosenModel?.location === 'external';

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = draft.name.trim();
    const missingName = name === '';
    const missingDepartment = draft.scope === 'department' && draft.departmentId === '';
    setNameError(missingName ? t('knowledge.createDialog.validationName') : null);
    setDepartmentError(missingDepartment ? t('knowledge.createDialog.validationDepartment') : null);
    if (missingName || missingDepartment || externalForInternal) {
      return;
    }
    create.mutate({
      name,
      description: draft.description.trim(),
      scope: draft.scope,
      ...(draft.scope === 'department' ? { departmentId: draft.departmentId } : {}),
      includeSubdepartments: draft.scope === 'department' && draft.includeSubdepartments,
      sensitivity: draft.sensitivity,
      embeddingModel: draft.embeddingModel === '' ? null : draft.embeddingModel,
    });
  };

  const options = directoryDepartmentOptions(departments.data ?? []);
  if (user.department !== null && !options.some((option) => option.id === user.department?.id)) {
    options.unshift({ id: user.department.id, label: user.department.name });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-5">
      <TextField
        label={t('knowledge.createDialog.name')}
        placeholder={t('knowledge.createDialog.namePlaceholder')}
        value={draft.name}
        onChange={(event) => update({ name: event.target.value })}
        error={nameError}
        maxLength={100}
        required
        data-autofocus
      />

      <div>
        <label htmlFor={descriptionId} className="mb-1.5 block text-sm font-medium text-slate-700">
          {t('knowledge.createDialog.description')}
          <span className="ml-1 font-normal text-slate-500">({t('common.optional')})</span>
        </label>
        <textarea
          id={descriptionId}
          value={draft.description}
          onChange={(event) => update({ description: event.target.value })}
          maxLength={500}
          rows={2}
          aria-describedby={`${descriptionId}-hint`}
          className={`${inputClassName} resize-y`}
        />
        <p id={`${descriptionId}-hint`} className="mt-1.5 text-xs text-slate-500">
          {t('knowledge.createDialog.descriptionHint')}
        </p>
      </div>

      <ChoiceCards
        legend={t('knowledge.createDialog.scope')}
        options={scopes.map((scope) => ({
          value: scope,
          label: t(`knowledge.scopes.${scope}`),
          hint: t(`knowledge.createDialog.scopeHints.${scope}`),
        }))}
        value={draft.scope}
        onChange={(scope) => update({ scope })}
      />

      {draft.scope === 'department' && (
        <div className="space-y-3 rounded-lg bg-slate-50 p-3">
          {isPlatformAdmin ? (
            <SelectField
              label={t('knowledge.createDialog.department')}
              value={draft.departmentId}
              onChange={(event) => update({ departmentId: event.target.value })}
              error={departmentError ?? (departments.isError ? departments.error.message : null)}
              hint={departments.isPending ? t('app.loading') : undefined}
              required
            >
              <option value="">{t('knowledge.createDialog.departmentPlaceholder')}</option>
              {options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </SelectField>
          ) : (
            <p className="text-sm text-slate-700">
              {t('knowledge.createDialog.ownDepartment', { name: user.department?.name ?? '' })}
            </p>
          )}
          <CheckboxField
            label={t('knowledge.includeSubdepartments')}
            hint={t('knowledge.includeSubdepartmentsHint')}
            checked={draft.includeSubdepartments}
            onChange={(includeSubdepartments) => update({ includeSubdepartments })}
          />
        </div>
      )}

      <InlineRadioGroup
        legend={t('knowledge.sensitivity')}
        options={sensitivities.map((sensitivity) => ({
          value: sensitivity,
          label: t(`knowledge.sensitivities.${sensitivity}`),
        }))}
        value={draft.sensitivity}
        onChange={(sensitivity) => update({ sensitivity })}
        hint={t(`knowledge.sensitivityHints.${draft.sensitivity}`)}
      />

      <SelectField
        label={t('knowledge.createDialog.embeddingModel')}
        value={draft.embeddingModel}
        onChange={(event) => update({ embeddingModel: event.target.value })}
        hint={t('knowledge.createDialog.embeddingHint')}
        error={
          externalForInternal
            ? t('knowledge.createDialog.embeddingExternalForInternal')
            : embeddingModels.isError
              ? embeddingModels.error.message
              : null
        }
      >
        <option value="">{t('knowledge.createDialog.embeddingNone')}</option>
        {models.map((model) => (
          <option key={model.id} value={model.id}>
            {model.location === 'external'
              ? t('knowledge.createDialog.embeddingExternalOption', { model: model.id })
              : model.id}
          </option>
        ))}
      </SelectField>

      {create.isPending && draft.embeddingModel !== '' && (
        <ElapsedProgress label={t('knowledge.createDialog.checkingEmbedding')} />
      )}
      {create.error !== null && <Alert tone="error">{create.error.message}</Alert>}

      <div className="flex justify-end gap-2 pt-2">
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? t('knowledge.createDialog.creating') : t('knowledge.createDialog.submit')}
        </Button>
      </div>
    </form>
  );
}
