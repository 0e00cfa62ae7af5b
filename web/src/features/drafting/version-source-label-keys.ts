import type { DraftVersionSource } from '@jumugwan/contracts';

/** 뼈대 / AI 작성 / AI 수정 / 직접 수정 / 복원. */
export const versionSourceLabelKeys = {
  skeleton: 'drafting.versions.sources.skeleton',
  generated: 'drafting.versions.sources.generated',
  revised: 'drafting.versions.sources.revised',
  edited: 'drafting.versions.sources.edited',
  restored: 'drafting.versions.sources.restored',
} as const satisfies Record<DraftVersionSource, string>;
