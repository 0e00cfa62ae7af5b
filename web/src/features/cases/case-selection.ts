import { purposeCategories, type PurposeCategory, type UseCaseSummary } from '@jumugwan/contracts';

export type SelectionState = 'all' | 'some' | 'none';

export interface CaseCategoryGroup {
  category: PurposeCategory;
  cases: UseCaseSummary[];
}

/** Cases by category, in the categories' fixed order (the order metering reports them in); empty ones left out. */
export function groupCasesByCategory(cases: readonly UseCaseSummary[]): CaseCategoryGroup[] {
  return purposeCategories
    .map((category) => ({ category, cases: cases.filter((useCase) => useCase.category === category) }))
    .filter((group) => group.cases.length > 0);
}

/** Whether all, some or none of `ids` are selected (none when there are no ids). */
export function selectionState(selected: ReadonlySet<string>, ids: readonly string[]): SelectionState {
  const count = ids.filter((id) => selected.has(id)).length;
  return count === 0 ? 'none' : count === ids.length ? 'all' : 'some';
}

/** Selects (or unselects) all of `ids`, keeping the rest of the selection as it was. */
export function setSelected(selected: ReadonlySet<string>, ids: readonly string[], on: boolean): Set<string> {
  const next = new Set(selected);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** The selected ids in the list's order (the case book's order), dropping any no longer listed. */
export function selectedInOrder(selected: ReadonlySet<string>, cases: readonly UseCaseSummary[]): string[] {
  return cases.filter((useCase) => selected.has(useCase.id)).map((useCase) => useCase.id);
}
