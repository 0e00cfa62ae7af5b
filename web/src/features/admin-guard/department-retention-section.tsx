import type { Department } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { LoadingState } from '../../components/loading-state';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { TitledCard } from '../../components/titled-card';
import { departmentOptions } from '../admin-api-keys/department-options';
import { departmentListQuery } from '../admin-org/org-queries';
import { departmentRetentionQuery, setDepartmentRetention } from './guard-queries';
import { retentionDisplay } from './guard-labels';
import {
  isRetentionKind,
  maximumRetentionDays,
  minimumRetentionDays,
  retentionDays,
  retentionFromForm,
  retentionKinds,
  retentionToForm,
  type RetentionForm,
} from './retention-form';

interface AddErrors {
  department?: string;
  days?: string;
}

/** Departments whose members keep conversations differently from the institution default. */
export function DepartmentRetentionSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const overrides = useQuery(departmentRetentionQuery);
  const departments = useQuery(departmentListQuery);
  const [departmentId, setDepartmentId] = useState('');
  const [retention, setRetention] = useState<RetentionForm>({ kind: 'none', daysText: '30' });
  const [errors, setErrors] = useState<AddErrors>({});
  const [removingId, setRemovingId] = useState<string | null>(null);

  const change = useMutation({
    mutationFn: ({ id, mode }: { id: string; mode: string | null }) => setDepartmentRetention(id, mode),
    onSuccess: async (_result, { mode }) => {
      await queryClient.invalidateQueries({ queryKey: departmentRetentionQuery.queryKey });
      if (mode !== null) {
        setDepartmentId('');
      }
    },
    onSettled: () => setRemovingId(null),
  });

  const allDepartments: readonly Department[] = departments.data ?? [];
  const options = departmentOptions(allDepartments);
  const labelById = new Map(options.map((option) => [option.id, option.label]));
  const nameById = new Map(allDepartments.map((department) => [department.id, department.name]));
  const departmentLabel = (id: string) =>
    labelById.get(id) ?? nameById.get(id) ?? t('guard.unknownDepartment');
  const overridden = new Set((overrides.data ?? []).map((override) => override.departmentId));
  const addable = options.filter((option) => !overridden.has(option.id));
  const sortedOverrides = [...(overrides.data ?? [])].sort((left, right) =>
    departmentLabel(left.departmentId).localeCompare(departmentLabel(right.departmentId), 'ko'),
  );

  const modeLabel = (mode: string) => {
    const days = retentionDays(mode);
    return days === null
      ? t(retentionDisplay[retentionToForm(mode).kind].labelKey)
      : t('guard.retentionDaysValue', { days });
  };

  const handleAdd = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: AddErrors = {};
    if (!addable.some((option) => option.id === departmentId)) {
      found.department = t('guard.validationDepartment');
    }
    const mode = retentionFromForm(retention);
    if (!mode.ok) {
      found.days = t('guard.validationRetentionDays');
    }
    setErrors(found);
    if (found.department === undefined && mode.ok) {
      change.mutate({ id: departmentId, mode: mode.value });
    }
  };

  return (
    <TitledCard
      size="large"
      title={t('guard.departmentTitle')}
      description={t('guard.departmentDescription')}
    >
      <div className="mt-4">
        {(overrides.isPending || departments.isPending) && <LoadingState />}
        {overrides.isError && <Alert tone="error">{overrides.error.message}</Alert>}
        {departments.isError && <Alert tone="error">{departments.error.message}</Alert>}
        {overrides.isSuccess && departments.isSuccess && (
          <>
            {sortedOverrides.length === 0 ? (
              <p className="rounded-lg border border-dashed border-slate-300 p-4 text-center text-sm text-slate-600">
                {t('guard.noOverrides')}
              </p>
            ) : (
              <div className="overflow-x-auto rounded-lg border border-slate-200">
                <table className="w-full min-w-[480px] text-left text-sm">
                  <caption className="sr-only">{t('guard.departmentListLabel')}</caption>
                  <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
                    <tr>
                      <th scope="col" className="px-3 py-2">
                        {t('guard.columnDepartment')}
                      </th>
                      <th scope="col" className="px-3 py-2">
                        {t('guard.columnRetention')}
                      </th>
                      <th scope="col" className="px-3 py-2">
                        <span className="sr-only">{t('guard.columnActions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {sortedOverrides.map((override) => {
                      const name = departmentLabel(override.departmentId);
                      const removing = removingId === override.departmentId;
                      return (
                        <tr key={override.departmentId}>
                          <th scope="row" className="px-3 py-2 font-medium text-slate-900">
                            {name}
                          </th>
                          <td className="px-3 py-2 whitespace-nowrap">{modeLabel(override.retention)}</td>
                          <td className="px-3 py-1 text-right">
                            <Button
                              variant="ghost"
                              size="small"
                              className="text-red-700 hover:bg-red-50 hover:text-red-800"
                              aria-label={t('guard.removeOverrideFor', { name })}
                              disabled={change.isPending}
                              onClick={() => {
                                setRemovingId(override.departmentId);
                                change.mutate({ id: override.departmentId, mode: null });
                              }}
                            >
                              {removing ? t('guard.removing') : t('guard.removeOverride')}
                            </Button>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}

            {options.length === 0 ? (
              <Alert tone="warning" className="mt-4">
                {t('guard.noDepartments')}{' '}
                <Link to="/admin/org" className="font-medium underline underline-offset-2">
                  {t('app.navOrg')}
                </Link>
              </Alert>
            ) : addable.length === 0 ? (
              <p className="mt-4 text-sm text-slate-600">{t('guard.allDepartmentsHaveOverrides')}</p>
            ) : (
              <form onSubmit={handleAdd} noValidate aria-label={t('guard.addOverride')} className="mt-5">
                <h3 className="mb-2 text-sm font-semibold text-slate-900">{t('guard.addOverride')}</h3>
                <div className="grid items-start gap-3 md:grid-cols-[minmax(0,1fr)_12rem_9rem_auto]">
                  <SelectField
                    label={t('guard.overrideDepartment')}
                    value={departmentId}
                    onChange={(event) => setDepartmentId(event.target.value)}
                    error={errors.department}
                    disabled={change.isPending}
                  >
                    <option value="">{t('guard.overrideDepartmentPlaceholder')}</option>
                    {addable.map((option) => (
                      <option key={option.id} value={option.id}>
                        {option.label}
                      </option>
                    ))}
                  </SelectField>
                  <SelectField
                    label={t('guard.overrideMode')}
                    value={retention.kind}
                    onChange={(event) => {
                      const kind = event.target.value;
                      if (isRetentionKind(kind)) {
                        setRetention({ ...retention, kind });
                      }
                    }}
                    disabled={change.isPending}
                  >
                    {retentionKinds.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(retentionDisplay[kind].labelKey)}
                      </option>
                    ))}
                  </SelectField>
                  <TextField
                    label={t('guard.retentionDaysLabel')}
                    type="number"
                    min={minimumRetentionDays}
                    max={maximumRetentionDays}
                    step={1}
                    inputMode="numeric"
                    value={retention.daysText}
                    onChange={(event) => setRetention({ ...retention, daysText: event.target.value })}
                    error={retention.kind === 'days' ? errors.days : undefined}
                    disabled={change.isPending || retention.kind !== 'days'}
                  />
                  <Button type="submit" className="md:mt-7" disabled={change.isPending}>
                    {change.isPending && removingId === null ? t('guard.adding') : t('guard.add')}
                  </Button>
                </div>
                <p className="mt-1.5 text-xs text-slate-500">{t(retentionDisplay[retention.kind].hintKey)}</p>
              </form>
            )}
            {change.error !== null && (
              <Alert tone="error" className="mt-4">
                {change.error.message}
              </Alert>
            )}
          </>
        )}
      </div>
    </TitledCard>
  );
}
