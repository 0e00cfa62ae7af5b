import type { ReactNode } from 'react';
import { Button } from '../../components/button';
import { PlusIcon } from '../../components/icons';

export interface EditableListFieldsetProps {
  id: string;
  legend: string;
  hint: string;
  /** The items (an `<ol>`), left out while the list is empty. */
  children: ReactNode;
  isEmpty: boolean;
  addLabel: string;
  onAdd: () => void;
  /** False once the list holds as many items as the contract allows. */
  canAdd: boolean;
  /** The message for the list as a whole. */
  error: string | null;
}

/** The frame of a list the editor grows item by item: legend, hint, the items, 추가 and the list's error. */
export function EditableListFieldset({
  id,
  legend,
  hint,
  children,
  isEmpty,
  addLabel,
  onAdd,
  canAdd,
  error,
}: EditableListFieldsetProps) {
  return (
    <fieldset id={id}>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      <p className="mt-0.5 text-xs text-slate-500">{hint}</p>
      {!isEmpty && children}
      <Button variant="secondary" size="small" className="mt-3" onClick={onAdd} disabled={!canAdd}>
        <PlusIcon />
        {addLabel}
      </Button>
      {error !== null && <p className="mt-1.5 text-xs font-medium text-red-700">{error}</p>}
    </fieldset>
  );
}
