import type { AssistantDetail } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { directoryDepartmentQuery } from '../knowledge/directory-queries';

/** Who may use and edit the assistant, in a sentence or two (owners and editors see this). */
export function SharingSummary({
  assistant,
  sharing,
}: {
  assistant: AssistantDetail;
  sharing: NonNullable<AssistantDetail['sharing']>;
}) {
  const { t } = useTranslation();
  const departments = useQuery({ ...directoryDepartmentQuery, enabled: sharing.departmentId !== null });
  const departmentName =
    sharing.departmentId === null
      ? (assistant.departmentName ?? t('assistants.sharing.ownDepartment'))
      : (departments.data?.find((department) => department.id === sharing.departmentId)?.name ?? '…');

  let audience: string;
  switch (sharing.visibility) {
    case 'private':
      audience = t('assistants.sharing.summary.private');
      break;
    case 'users':
      audience = t('assistants.sharing.summary.users', {
        names: sharing.users.map((person) => person.name).join(', '),
      });
      break;
    case 'department':
      audience = sharing.includeSubdepartments
        ? t('assistants.sharing.summary.departmentWithSubdepartments', { name: departmentName })
        : t('assistants.sharing.summary.department', { name: departmentName });
      break;
    case 'institution':
      audience = t('assistants.sharing.summary.institution');
      break;
  }

  return (
    <div className="space-y-1 text-sm text-slate-700" data-testid="sharing-summary">
      <p>{audience}</p>
      <p className="text-xs text-slate-500">
        {sharing.editors.length === 0
          ? t('assistants.sharing.summary.noEditors')
          : t('assistants.sharing.summary.editors', {
              names: sharing.editors.map((person) => person.name).join(', '),
            })}
      </p>
    </div>
  );
}
