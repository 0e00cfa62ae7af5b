import { useTranslation } from 'react-i18next';
import { CloseIcon } from '../../components/icons';
import type { SharingPerson } from './sharing-draft';

/** The people chosen for a list (users, editors), each removable by a labelled button. */
export function PersonChips({
  label,
  people,
  onRemove,
  emptyText,
}: {
  label: string;
  people: readonly SharingPerson[];
  onRemove: (id: string) => void;
  emptyText: string;
}) {
  const { t } = useTranslation();
  if (people.length === 0) {
    return <p className="mt-2 text-xs text-slate-500">{emptyText}</p>;
  }
  return (
    <ul aria-label={label} className="mt-2 flex flex-wrap gap-2">
      {people.map((person) => (
        <li
          key={person.id}
          className="inline-flex items-center gap-1.5 rounded-full border border-slate-200 bg-slate-50 py-1 pr-1 pl-3 text-sm"
        >
          <span className="text-slate-900">{person.name}</span>
          {person.departmentName !== null && (
            <span className="text-xs text-slate-500">{person.departmentName}</span>
          )}
          <button
            type="button"
            onClick={() => onRemove(person.id)}
            aria-label={t('assistants.sharing.removePerson', { name: person.name })}
            className="rounded-full p-1 text-slate-500 hover:bg-slate-200 hover:text-slate-800"
          >
            <CloseIcon />
          </button>
        </li>
      ))}
    </ul>
  );
}
