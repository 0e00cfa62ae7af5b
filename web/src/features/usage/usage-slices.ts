import { purposeCategories, type PurposeCategory, type UsageSlice } from '@jumugwan/contracts';
import { percentageShares, type Share } from './percentage-shares';

export type SliceMeasure = 'costWon' | 'calls' | 'tokens';

export function isPurposeCategory(key: string): key is PurposeCategory {
  return purposeCategories.some((category) => category === key);
}

/** Purpose slices named in the reader's language; a category the web does not know keeps the server's label. */
export function localizePurposes(
  slices: readonly UsageSlice[],
  purposeLabel: (category: PurposeCategory) => string,
): UsageSlice[] {
  return slices.map((slice) =>
    isPurposeCategory(slice.key) ? { ...slice, label: purposeLabel(slice.key) } : slice,
  );
}

/** Each slice's share of one measure, largest first, in whole percents adding up to 100. */
export function sliceShares(slices: readonly UsageSlice[], measure: SliceMeasure): Share[] {
  return percentageShares(
    slices.map((slice) => ({ key: slice.key, label: slice.label, value: slice[measure] })),
  );
}

/** The largest slices by a measure (for rankings), leaving out the ones with none. */
export function topSlices(slices: readonly UsageSlice[], measure: SliceMeasure, limit: number): UsageSlice[] {
  return slices
    .filter((slice) => slice[measure] > 0)
    .sort((first, second) => second[measure] - first[measure])
    .slice(0, limit);
}
