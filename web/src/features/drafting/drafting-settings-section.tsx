import type { DraftingSettings } from '@jumugwan/contracts';
import { defaultDisclosureText } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { CheckboxField } from '../../components/checkbox-field';
import { LoadingState } from '../../components/loading-state';
import { TextField } from '../../components/text-field';
import { draftingSettingsQuery, saveDraftingSettings } from './drafting-queries';

const maximumDisclosureLength = 200;

/** AI 활용 표시: whether exported documents end with a visible disclosure line, and its words. */
export function DraftingSettingsSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const settings = useQuery(draftingSettingsQuery);
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t('drafting.settings.heading')}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t('drafting.settings.description')}</p>
      {settings.isPending && <LoadingState />}
      {settings.isError && (
        <Alert tone="error" className="mt-4">
          {settings.error.message}
        </Alert>
      )}
      {settings.isSuccess && <SettingsForm saved={settings.data.settings} />}
    </section>
  );
}

function SettingsForm({ saved }: { saved: DraftingSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [visible, setVisible] = useState(saved.visibleDisclosure);
  const [text, setText] = useState(saved.disclosureText);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: saveDraftingSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(draftingSettingsQuery.queryKey, (current) =>
        current === undefined ? current : { ...current, settings },
      );
    },
  });
  const changed = visible !== saved.visibleDisclosure || text.trim() !== saved.disclosureText;

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed === '') {
      setProblem(t('drafting.settings.textRequired'));
      return;
    }
    setProblem(null);
    save.mutate({ visibleDisclosure: visible, disclosureText: trimmed });
  };

  return (
    <form onSubmit={handleSubmit} noValidate className="mt-4 space-y-4">
      <CheckboxField
        label={t('drafting.settings.visible')}
        hint={t('drafting.settings.visibleHint')}
        checked={visible}
        onChange={setVisible}
      />
      <TextField
        label={t('drafting.settings.text')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        maxLength={maximumDisclosureLength}
        error={problem}
        hint={
          <button
            type="button"
            className="text-blue-700 underline underline-offset-2"
            onClick={() => setText(defaultDisclosureText)}
          >
            {t('drafting.settings.useDefault')}
          </button>
        }
      />
      {save.isError && <Alert tone="error">{save.error.message}</Alert>}
      {save.isSuccess && !changed && <Alert tone="success">{t('drafting.settings.saved')}</Alert>}
      <Button type="submit" disabled={save.isPending || !changed}>
        {save.isPending ? t('common.saving') : t('common.save')}
      </Button>
    </form>
  );
}
