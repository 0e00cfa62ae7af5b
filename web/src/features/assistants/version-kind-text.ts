import type { AssistantVersionSummary } from '@jumugwan/contracts';
import type { TFunction } from 'i18next';

/** 만듦, 고침, or 되돌림 (버전 N에서) for a version. */
export function versionKindText(
  t: TFunction,
  version: Pick<AssistantVersionSummary, 'kind' | 'restoredFrom'>,
): string {
  switch (version.kind) {
    case 'created':
      return t('assistants.versions.kinds.created');
    case 'edited':
      return t('assistants.versions.kinds.edited');
    case 'rolled_back':
      return version.restoredFrom === null
        ? t('assistants.versions.kinds.rolledBack')
        : t('assistants.versions.kinds.rolledBackFrom', { number: version.restoredFrom });
  }
}
