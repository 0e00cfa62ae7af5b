import type { KnowledgeCollection } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { CheckboxField } from '../../components/checkbox-field';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { TrashIcon } from '../../components/icons';
import { inputClassName, TextField } from '../../components/text-field';
import { InlineRadioGroup } from '../admin-metering/inline-radio-group';
import {
  deleteCollection,
  knowledgeKeys,
  updateCollection,
  type CollectionChanges,
} from './knowledge-queries';
import { ShareEditor } from './share-editor';

type Sensitivity = KnowledgeCollection['sensitivity'];
const sensitivities = ['internal', 'normal'] as const satisfies readonly Sensitivity[];

/** 설정·공유: name and description, sensitivity, who else may read it, and deleting it. */
export function CollectionSettings({ collection }: { collection: KnowledgeCollection }) {
  return (
    <div className="space-y-8">
      <SettingsForm collection={collection} />
      <ShareEditor collection={collection} />
      <DeleteSection collection={collection} />
    </div>
  );
}

function SettingsForm({ collection }: { collection: KnowledgeCollection }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const headingId = useId();
  const descriptionId = useId();
  const [name, setName] = useState(collection.name);
  const [description, setDescription] = useState(collection.description);
  const [sensitivity, setSensitivity] = useState<Sensitivity>(collection.sensitivity);
  const [includeSubdepartments, setIncludeSubdepartments] = useState(collection.includeSubdepartments);
  const [nameError, setNameError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const save = useMutation({
    mutationFn: (changes: CollectionChanges) => updateCollection(collection.id, changes),
    onSuccess: async (updated) => {
      queryClient.setQueryData(knowledgeKeys.collection(collection.id), updated);
      await queryClient.invalidateQueries({ queryKey: knowledgeKeys.collections() });
      setSaved(true);
    },
  });

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmedName = name.trim();
    if (trimmedName === '') {
      setNameError(t('knowledge.createDialog.validationName'));
      return;
    }
    setNameError(null);
    setSaved(false);
    save.mutate({
      name: trimmedName,
      description: description.trim(),
      sensitivity,
      ...(collection.scope === 'department' ? { includeSubdepartments } : {}),
    });
  };

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t('knowledge.settings.heading')}
      </h2>
      <form onSubmit={handleSubmit} noValidate className="mt-4 max-w-2xl space-y-5">
        <TextField
          label={t('knowledge.createDialog.name')}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setSaved(false);
          }}
          error={nameError}
          maxLength={100}
          required
        />
        <div>
          <label htmlFor={descriptionId} className="mb-1.5 block text-sm font-medium text-slate-700">
            {t('knowledge.createDialog.description')}
          </label>
          <textarea
            id={descriptionId}
            value={description}
            onChange={(event) => {
              setDescription(event.target.value);
              setSaved(false);
            }}
            maxLength={500}
            rows={3}
            className={`${inputClassName} resize-y`}
          />
        </div>
        <InlineRadioGroup
          legend={t('knowledge.sensitivity')}
          options={sensitivities.map((value) => ({ value, label: t(`knowledge.sensitivities.${value}`) }))}
          value={sensitivity}
          onChange={(value) => {
            setSensitivity(value);
            setSaved(false);
          }}
          hint={t(`knowledge.sensitivityHints.${sensitivity}`)}
        />
        {collection.scope === 'department' && (
          <CheckboxField
            label={t('knowledge.includeSubdepartments')}
            hint={t('knowledge.includeSubdepartmentsHint')}
            checked={includeSubdepartments}
            onChange={(checked) => {
              setIncludeSubdepartments(checked);
              setSaved(false);
            }}
          />
        )}
        <p className="text-xs text-slate-500">
          {collection.embeddingModel === null
            ? t('knowledge.settings.embeddingFixedNone')
            : t('knowledge.settings.embeddingFixed', { model: collection.embeddingModel })}
        </p>
        {save.isError && <Alert tone="error">{save.error.message}</Alert>}
        {saved && <Alert tone="success">{t('knowledge.settings.saved')}</Alert>}
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </form>
    </section>
  );
}

function DeleteSection({ collection }: { collection: KnowledgeCollection }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const number = new Intl.NumberFormat(i18n.language);
  const counts = {
    name: collection.name,
    documents: number.format(collection.documentCount),
    chunks: number.format(collection.chunkCount),
  };

  const remove = useMutation({
    mutationFn: () => deleteCollection(collection.id),
    onSuccess: async () => {
      setConfirming(false);
      queryClient.removeQueries({ queryKey: knowledgeKeys.collection(collection.id) });
      queryClient.removeQueries({ queryKey: knowledgeKeys.documents(collection.id) });
      await queryClient.invalidateQueries({ queryKey: knowledgeKeys.collections() });
      await navigate({ to: '/knowledge' });
    },
  });

  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-red-200 bg-white p-5 shadow-sm">
      <h2 id={headingId} className="text-lg font-semibold text-red-800">
        {t('knowledge.deleteCollection.heading')}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t('knowledge.deleteCollection.description', counts)}</p>
      <Button
        variant="danger"
        className="mt-4"
        onClick={() => {
          remove.reset();
          setConfirming(true);
        }}
      >
        <TrashIcon className="text-base" />
        {t('knowledge.deleteCollection.button')}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t('knowledge.deleteCollection.confirmTitle')}
        message={t('knowledge.deleteCollection.confirmBody', counts)}
        confirmLabel={t('knowledge.deleteCollection.confirm')}
        pendingLabel={t('common.deleting')}
        pending={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={() => remove.mutate()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
