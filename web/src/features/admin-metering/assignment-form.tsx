import type { AssignmentInput, Plan } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { TextField } from '../../components/text-field';
import {
  assignmentFromDraft,
  emptyAssignmentDraft,
  type AssignmentDraft,
  type AssignmentDraftErrors,
} from './assignment-draft';
import { createAssignment, meteringKeys } from './metering-queries';
import { UserPicker } from './user-picker';

export interface AssignmentFormProps {
  plan: Plan;
  today: string;
}

/** Gives a person the plan from a start day for a number of consecutive terms. */
export function AssignmentForm({ plan, today }: AssignmentFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<AssignmentDraft>(() => emptyAssignmentDraft(today));
  const [errors, setErrors] = useState<AssignmentDraftErrors>({});
  const [assignedName, setAssignedName] = useState<string | null>(null);

  const assign = useMutation({
    mutationFn: (input: AssignmentInput) => createAssignment(plan.id, input),
    onSuccess: async (assignment) => {
      setAssignedName(assignment.userName);
      setDraft(emptyAssignmentDraft(today));
      // The plan list shows how many people hold each plan.
      await queryClient.invalidateQueries({ queryKey: meteringKeys.plans() });
    },
  });

  const update = (change: Partial<AssignmentDraft>) => setDraft((previous) => ({ ...previous, ...change }));

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAssignedName(null);
    const result = assignmentFromDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    assign.mutate(result.input);
  };

  return (
    <form onSubmit={handleSubmit} noValidate className="rounded-lg border border-slate-200 bg-slate-50 p-4">
      <h3 className="mb-3 text-sm font-semibold text-slate-900">{t('plans.assignTitle')}</h3>
      <div className="grid items-start gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <UserPicker
          label={t('plans.assignUser')}
          value={draft.user}
          onChange={(user) => update({ user })}
          error={errors.user === true ? t('plans.validationUser') : null}
        />
        <TextField
          label={t('plans.startsOn')}
          type="date"
          value={draft.startsOn}
          onChange={(event) => update({ startsOn: event.target.value })}
          error={errors.startsOn === true ? t('plans.validationStartsOn') : null}
          required
        />
        <TextField
          label={t('plans.terms')}
          hint={t('plans.termsHint', { months: plan.termMonths })}
          type="number"
          min={1}
          max={12}
          value={draft.termsText}
          onChange={(event) => update({ termsText: event.target.value })}
          error={errors.terms === true ? t('plans.validationTerms') : null}
          required
        />
      </div>
      {!plan.active && (
        <Alert tone="warning" className="mt-3">
          {t('plans.inactiveAssignWarning')}
        </Alert>
      )}
      {assign.error !== null && (
        <Alert tone="error" className="mt-3">
          {assign.error.message}
        </Alert>
      )}
      {assignedName !== null && (
        <Alert tone="success" className="mt-3">
          {t('plans.assigned', { name: assignedName })}
        </Alert>
      )}
      <div className="mt-3 flex justify-end">
        <Button type="submit" disabled={assign.isPending}>
          {assign.isPending ? t('plans.assigning') : t('plans.assign')}
        </Button>
      </div>
    </form>
  );
}
