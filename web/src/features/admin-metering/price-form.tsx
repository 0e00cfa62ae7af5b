import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { TextField } from '../../components/text-field';
import { createPrice, priceListQuery } from './metering-queries';
import {
  emptyPriceDraft,
  priceFromDraft,
  type PriceAmountField,
  type PriceDraft,
  type PriceDraftErrors,
} from './price-draft';

export interface PriceFormProps {
  /** Offered in the model field; any other model ID can be typed. */
  modelIds: readonly string[];
  initialModelId?: string;
  today: string;
  onDone: () => void;
}

const amountFields = [
  { field: 'inputPerMillionTokens', label: 'prices.input', hint: 'prices.inputHint' },
  { field: 'outputPerMillionTokens', label: 'prices.output', hint: 'prices.outputHint' },
  { field: 'cachedPerMillionTokens', label: 'prices.cached', hint: 'prices.cachedHint' },
  {
    field: 'perThousandCharacters',
    label: 'prices.perThousandCharacters',
    hint: 'prices.perThousandCharactersHint',
  },
  { field: 'perImage', label: 'prices.perImage', hint: 'prices.perImageHint' },
  { field: 'perRequest', label: 'prices.perRequest', hint: 'prices.perRequestHint' },
] as const satisfies readonly { field: PriceAmountField; label: string; hint: string }[];

/** A new price for one model from a given day; earlier calls keep the cost they were charged. */
export function PriceForm({ modelIds, initialModelId = '', today, onDone }: PriceFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const modelListId = useId();
  const [draft, setDraft] = useState<PriceDraft>(() => ({
    ...emptyPriceDraft(today),
    modelId: initialModelId,
  }));
  const [errors, setErrors] = useState<PriceDraftErrors>({});

  const create = useMutation({
    mutationFn: createPrice,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: priceListQuery.queryKey });
      onDone();
    },
  });

  const update = (change: Partial<PriceDraft>) => setDraft((previous) => ({ ...previous, ...change }));

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = priceFromDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    create.mutate(result.input);
  };

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('prices.model')}
          hint={t('prices.modelHint')}
          list={modelListId}
          value={draft.modelId}
          onChange={(event) => update({ modelId: event.target.value })}
          error={errors.modelId === true ? t('prices.validationModel') : null}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          required
          data-autofocus={initialModelId === '' ? true : undefined}
        />
        <datalist id={modelListId}>
          {modelIds.map((modelId) => (
            <option key={modelId} value={modelId} />
          ))}
        </datalist>
        <TextField
          label={t('prices.effectiveFrom')}
          hint={t('prices.effectiveFromHint')}
          type="date"
          value={draft.effectiveFrom}
          onChange={(event) => update({ effectiveFrom: event.target.value })}
          error={errors.effectiveFrom === true ? t('prices.validationDate') : null}
          required
          data-autofocus={initialModelId === '' ? undefined : true}
        />
      </div>

      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t('prices.amountsLegend')}</legend>
        <p className="mb-3 text-xs text-slate-500">{t('prices.amountsHint')}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {amountFields.map(({ field, label, hint }) => (
            <TextField
              key={field}
              label={t(label)}
              hint={t(hint)}
              value={draft[field]}
              onChange={(event) => update({ [field]: event.target.value })}
              error={errors[field] === true ? t('prices.validationAmount') : null}
              inputMode="decimal"
              autoComplete="off"
            />
          ))}
        </div>
      </fieldset>

      <TextField
        label={t('prices.note')}
        placeholder={t('prices.notePlaceholder')}
        value={draft.note}
        onChange={(event) => update({ note: event.target.value })}
        error={errors.note === true ? t('prices.validationNote') : null}
        maxLength={200}
      />

      {create.error !== null && <Alert tone="error">{create.error.message}</Alert>}

      <div className="flex justify-end gap-2 pt-2">
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? t('prices.submitting') : t('prices.submit')}
        </Button>
      </div>
    </form>
  );
}
