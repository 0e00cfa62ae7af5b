import type { DraftDocument } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Dialog } from '../../components/dialog';
import { LoadingState } from '../../components/loading-state';
import { SelectField } from '../../components/select-field';
import { DiffView } from './diff-view';
import type { DraftSource } from './draft-source';
import { documentLines } from './document-text';
import { draftingKeys } from './drafting-queries';
import { lineDiff } from './line-diff';
import { slotLabelKeys } from './slot-label-keys';
import { versionSourceLabelKeys } from './version-source-label-keys';

/** A version number, or what is in the editor now (possibly unsaved). */
export type CompareSide = number | 'working';

export interface VersionCompareDialogProps {
  source: DraftSource;
  working: DraftDocument;
  /** The sides to start with; null keeps the dialog closed. */
  initial: { from: CompareSide; to: CompareSide } | null;
  onClose: () => void;
}

/** 비교: a line diff between any two versions (or a version and the text being edited). */
export function VersionCompareDialog({ source, working, initial, onClose }: VersionCompareDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={initial !== null}
      onClose={onClose}
      title={t('drafting.compare.title')}
      widthClassName="max-w-4xl"
    >
      {initial !== null && <ComparePanel source={source} working={working} initial={initial} />}
    </Dialog>
  );
}

function ComparePanel({
  source,
  working,
  initial,
}: {
  source: DraftSource;
  working: DraftDocument;
  initial: { from: CompareSide; to: CompareSide };
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState<CompareSide>(initial.from);
  const [to, setTo] = useState<CompareSide>(initial.to);
  const before = useSideDocument(source, working, from);
  const after = useSideDocument(source, working, to);
  const slotLabel = (name: keyof typeof slotLabelKeys) => t(slotLabelKeys[name]);

  const options = [
    <option key="working" value="working">
      {t('drafting.compare.working')}
    </option>,
    ...[...source.versions].reverse().map((version) => (
      <option key={version.number} value={version.number}>
        {t('drafting.compare.versionOption', {
          number: version.number,
          source: t(versionSourceLabelKeys[version.source]),
        })}
      </option>
    )),
  ];
  const parse = (value: string): CompareSide => (value === 'working' ? 'working' : Number(value));

  return (
    <div>
      <div className="mb-4 grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t('drafting.compare.from')}
          value={String(from)}
          onChange={(event) => setFrom(parse(event.target.value))}
          data-autofocus
        >
          {options}
        </SelectField>
        <SelectField
          label={t('drafting.compare.to')}
          value={String(to)}
          onChange={(event) => setTo(parse(event.target.value))}
        >
          {options}
        </SelectField>
      </div>
      {(before.isPending || after.isPending) && <LoadingState />}
      {before.error !== null && <Alert tone="error">{before.error.message}</Alert>}
      {after.error !== null && <Alert tone="error">{after.error.message}</Alert>}
      {before.data !== undefined && after.data !== undefined && (
        <DiffView
          lines={lineDiff(documentLines(before.data, slotLabel), documentLines(after.data, slotLabel))}
        />
      )}
    </div>
  );
}

interface SideDocument {
  data: DraftDocument | undefined;
  isPending: boolean;
  error: Error | null;
}

/** A saved version is fetched once (it never changes); the working text is what the editor holds now. */
function useSideDocument(source: DraftSource, working: DraftDocument, side: CompareSide): SideDocument {
  const version = side === 'working' ? source.latest.number : side;
  const query = useQuery({
    queryKey: [...draftingKeys.all, 'compare', source.key, version],
    queryFn: async () => (await source.loadVersion(version)).document,
    staleTime: Number.POSITIVE_INFINITY,
    enabled: side !== 'working',
  });
  if (side === 'working') return { data: working, isPending: false, error: null };
  return { data: query.data, isPending: query.isPending, error: query.error };
}
