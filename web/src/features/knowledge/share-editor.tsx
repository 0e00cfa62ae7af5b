import type { KnowledgeCollection } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { CloseIcon, PlusIcon } from '../../components/icons';
import { SelectField } from '../../components/select-field';
import { ColleaguePicker } from './colleague-picker';
import { directoryDepartmentOptions } from './directory-department-options';
import { directoryDepartmentQuery } from './directory-queries';
import { knowledgeKeys, replaceShares } from './knowledge-queries';
import {
  addShare,
  removeShare,
  sameShares,
  shareRequest,
  sharesToDraft,
  type ShareDraft,
  type ShareKind,
  type ShareSubject,
} from './share-draft';

const appRoute = getRouteApi('/_app');

/**
 * Who else may read the collection: people and departments, saved together. People are found in the
 * directory by name or 사번 and departments picked from its tree, which every signed-in person may read,
 * so any manager of the collection can share it with any colleague or department.
 */
export function ShareEditor({ collection }: { collection: KnowledgeCollection }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { session } = appRoute.useRouteContext();
  const headingId = useId();
  const saved = sharesToDraft(collection.shares);
  const [draft, setDraft] = useState<ShareDraft>(saved);
  const [departmentId, setDepartmentId] = useState('');
  const [savedMessage, setSavedMessage] = useState(false);
  const departments = useQuery(directoryDepartmentQuery);

  const save = useMutation({
    mutationFn: (next: ShareDraft) => replaceShares(collection.id, shareRequest(next)),
    onSuccess: async (updated) => {
      queryClient.setQueryData(knowledgeKeys.collection(collection.id), updated);
      setDraft(sharesToDraft(updated.shares));
      setSavedMessage(true);
      await queryClient.invalidateQueries({ queryKey: knowledgeKeys.collections() });
    },
  });

  const change = (next: ShareDraft) => {
    setDraft(next);
    setSavedMessage(false);
  };
  const unchanged = sameShares(draft, saved);
  // A department collection is already read by its own department.
  const options = directoryDepartmentOptions(departments.data ?? []).filter(
    (option) =>
      !draft.departments.some((department) => department.id === option.id) &&
      !(collection.scope === 'department' && collection.departmentId === option.id),
  );
  const excludedUserIds = [session.user.id, collection.owner.id, ...draft.users.map((user) => user.id)];
  const all: { kind: ShareKind; subject: ShareSubject }[] = [
    ...draft.departments.map((subject) => ({ kind: 'department' as const, subject })),
    ...draft.users.map((subject) => ({ kind: 'user' as const, subject })),
  ];

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t('knowledge.shares.heading')}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t('knowledge.shares.description')}</p>

      {all.length === 0 ? (
        <p className="mt-4 text-sm text-slate-500">{t('knowledge.shares.empty')}</p>
      ) : (
        <ul aria-label={t('knowledge.shares.listLabel')} className="mt-4 flex flex-wrap gap-2">
          {all.map(({ kind, subject }) => (
            <li
              key={`${kind}-${subject.id}`}
              className="inline-flex items-center gap-2 rounded-full border border-slate-200 bg-slate-50 py-1 pr-1 pl-3 text-sm"
            >
              <Badge tone={kind === 'user' ? 'slate' : 'blue'}>{t(`knowledge.shares.kinds.${kind}`)}</Badge>
              <span className="text-slate-900">{subject.name}</span>
              <button
                type="button"
                onClick={() => change(removeShare(draft, kind, subject.id))}
                aria-label={t('knowledge.shares.removeFor', { name: subject.name })}
                title={t('knowledge.shares.remove')}
                className="rounded-full p-1 text-slate-500 hover:bg-slate-200 hover:text-slate-800"
              >
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      )}

      <div className="mt-5 grid max-w-3xl gap-4 md:grid-cols-2">
        <ColleaguePicker
          label={t('knowledge.shares.addUser')}
          hint={t('knowledge.shares.userHint')}
          excludedIds={excludedUserIds}
          onPick={(user) => change(addShare(draft, 'user', { id: user.id, name: user.name }))}
        />
        <div className="flex items-end gap-2 self-start">
          <SelectField
            className="min-w-0 flex-1"
            label={t('knowledge.shares.addDepartment')}
            value={departmentId}
            onChange={(event) => setDepartmentId(event.target.value)}
            error={departments.isError ? departments.error.message : null}
          >
            <option value="">{t('knowledge.createDialog.departmentPlaceholder')}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </SelectField>
          <Button
            variant="secondary"
            disabled={departmentId === ''}
            onClick={() => {
              const option = options.find((candidate) => candidate.id === departmentId);
              if (option !== undefined) {
                change(addShare(draft, 'department', { id: option.id, name: option.label }));
                setDepartmentId('');
              }
            }}
          >
            <PlusIcon className="text-base" />
            {t('knowledge.shares.add')}
          </Button>
        </div>
      </div>

      {save.isError && (
        <Alert tone="error" className="mt-4">
          {save.error.message}
        </Alert>
      )}
      {savedMessage && unchanged && (
        <Alert tone="success" className="mt-4">
          {t('knowledge.shares.saved')}
        </Alert>
      )}
      <div className="mt-5 flex flex-wrap items-center gap-3">
        <Button onClick={() => save.mutate(draft)} disabled={unchanged || save.isPending}>
          {save.isPending ? t('common.saving') : t('knowledge.shares.save')}
        </Button>
        {!unchanged && <p className="text-xs text-amber-800">{t('knowledge.shares.unsaved')}</p>}
        {!unchanged && (
          <Button variant="ghost" onClick={() => change(saved)}>
            {t('knowledge.shares.undo')}
          </Button>
        )}
      </div>
    </section>
  );
}
