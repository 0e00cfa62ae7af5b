import type { AssistantDetail } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { CheckboxField } from '../../components/checkbox-field';
import { Dialog } from '../../components/dialog';
import { SelectField } from '../../components/select-field';
import { ChoiceCards } from '../admin-guard/choice-cards';
import { ColleaguePicker } from '../knowledge/colleague-picker';
import { directoryDepartmentOptions } from '../knowledge/directory-department-options';
import { directoryDepartmentQuery } from '../knowledge/directory-queries';
import { assistantKeys, updateSharing } from './assistant-queries';
import { PersonChips } from './person-chips';
import {
  sameSharing,
  sharingProblem,
  sharingRequest,
  sharingToDraft,
  visibilityOrder,
  withoutPerson,
  withPerson,
  type SharingDraft,
} from './sharing-draft';

const appRoute = getRouteApi('/_app');

export interface SharingDialogProps {
  assistant: AssistantDetail;
  open: boolean;
  onClose: () => void;
}

/** 공유 설정 (the owner only): who may use the assistant and who may edit it. */
export function SharingDialog({ assistant, open, onClose }: SharingDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('assistants.sharing.title')} widthClassName="max-w-2xl">
      {assistant.sharing !== null && (
        <SharingForm assistant={assistant} sharing={assistant.sharing} onClose={onClose} />
      )}
    </Dialog>
  );
}

function SharingForm({
  assistant,
  sharing,
  onClose,
}: {
  assistant: AssistantDetail;
  sharing: NonNullable<AssistantDetail['sharing']>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { session } = appRoute.useRouteContext();
  const queryClient = useQueryClient();
  const saved = sharingToDraft(sharing);
  const [draft, setDraft] = useState<SharingDraft>(saved);
  const [showProblem, setShowProblem] = useState(false);
  const departments = useQuery(directoryDepartmentQuery);
  const problem = sharingProblem(draft);
  const ownDepartmentName = assistant.departmentName ?? session.user.department?.name ?? null;

  const save = useMutation({
    mutationFn: () => updateSharing(assistant.id, sharingRequest(draft)),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: assistantKeys.detail(assistant.id) }),
        queryClient.invalidateQueries({ queryKey: assistantKeys.galleries() }),
      ]);
      onClose();
    },
  });

  const change = (update: Partial<SharingDraft>) => setDraft((current) => ({ ...current, ...update }));
  const ownerIds = [session.user.id, ...(assistant.owner === null ? [] : [assistant.owner.id])];

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setShowProblem(true);
        if (problem === null) save.mutate();
      }}
      noValidate
      className="space-y-5"
    >
      <ChoiceCards
        legend={t('assistants.sharing.visibilityLegend')}
        value={draft.visibility}
        onChange={(visibility) => change({ visibility })}
        options={visibilityOrder.map((visibility) => ({
          value: visibility,
          label: t(`assistants.sharing.visibility.${visibility}`),
          hint: t(`assistants.sharing.visibilityHints.${visibility}`),
        }))}
      />

      {draft.visibility === 'users' && (
        <div>
          <ColleaguePicker
            label={t('assistants.sharing.addUser')}
            hint={t('assistants.sharing.addUserHint')}
            excludedIds={[...ownerIds, ...draft.users.map((person) => person.id)]}
            onPick={(person) =>
              change({
                users: withPerson(draft.users, {
                  id: person.id,
                  name: person.name,
                  departmentName: person.departmentName,
                }),
              })
            }
          />
          <PersonChips
            label={t('assistants.sharing.usersLabel')}
            people={draft.users}
            onRemove={(id) => change({ users: withoutPerson(draft.users, id) })}
            emptyText={t('assistants.sharing.noUsers')}
          />
          {showProblem && problem === 'noUsers' && (
            <p role="alert" className="mt-1.5 text-xs font-medium text-red-700">
              {t('assistants.sharing.needUsers')}
            </p>
          )}
        </div>
      )}

      {draft.visibility === 'department' && (
        <div className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
          <SelectField
            label={t('assistants.sharing.department')}
            value={draft.departmentId ?? ''}
            onChange={(event) =>
              change({ departmentId: event.target.value === '' ? null : event.target.value })
            }
            error={departments.isError ? departments.error.message : null}
          >
            <option value="">
              {ownDepartmentName === null
                ? t('assistants.sharing.ownDepartment')
                : t('assistants.sharing.ownDepartmentNamed', { name: ownDepartmentName })}
            </option>
            {directoryDepartmentOptions(departments.data ?? [])
              .filter((option) => option.id !== assistant.departmentId)
              .map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
          </SelectField>
          <CheckboxField
            label={t('assistants.sharing.includeSubdepartments')}
            hint={t('assistants.sharing.includeSubdepartmentsHint')}
            checked={draft.includeSubdepartments}
            onChange={(includeSubdepartments) => change({ includeSubdepartments })}
          />
        </div>
      )}

      <div>
        <ColleaguePicker
          label={t('assistants.sharing.addEditor')}
          hint={t('assistants.sharing.addEditorHint')}
          excludedIds={[...ownerIds, ...draft.editors.map((person) => person.id)]}
          onPick={(person) =>
            change({
              editors: withPerson(draft.editors, {
                id: person.id,
                name: person.name,
                departmentName: person.departmentName,
              }),
            })
          }
        />
        <PersonChips
          label={t('assistants.sharing.editorsLabel')}
          people={draft.editors}
          onRemove={(id) => change({ editors: withoutPerson(draft.editors, id) })}
          emptyText={t('assistants.sharing.noEditors')}
        />
      </div>

      {assistant.hiddenCollectionCount > 0 || assistant.collections.length > 0 ? (
        <p className="text-xs text-slate-500">{t('assistants.sharing.collectionsNote')}</p>
      ) : null}

      {save.isError && <Alert tone="error">{save.error.message}</Alert>}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" disabled={save.isPending || sameSharing(draft, saved)}>
          {save.isPending ? t('common.saving') : t('assistants.sharing.save')}
        </Button>
      </div>
    </form>
  );
}
