import type { GuardNotice, ModelLocation } from '@jumugwan/contracts';
import type { TFunction } from 'i18next';

export interface GuardNoticeLine {
  /** Stable within one message's notices: the same text is shown once. */
  key: string;
  kind: GuardNotice['kind'];
  /** `warning` for an answer the guard cut short; everything else is information. */
  tone: 'info' | 'warning';
  text: string;
}

/**
 * One sentence for what the guard did. `location` is where the answer's model runs, when known, so a
 * masked question can say it went to an external model.
 */
export function formatGuardNotice(notice: GuardNotice, t: TFunction, location: ModelLocation | null): string {
  switch (notice.kind) {
    case 'masked': {
      const count = notice.piiTypes.reduce((sum, type) => sum + type.count, 0);
      const types = notice.piiTypes
        .map((type) => t('chat.guardMaskedType', { label: type.label, count: type.count }))
        .join(', ');
      const key =
        location === 'external'
          ? 'chat.guardMaskedExternal'
          : location === 'internal'
            ? 'chat.guardMaskedInternal'
            : 'chat.guardMasked';
      return t(key, { total: count, types });
    }
    case 'warned':
      return t(notice.where === 'input' ? 'chat.guardWarnedInput' : 'chat.guardWarnedOutput', {
        list: notice.listName,
      });
    case 'output-blocked':
      return t('chat.guardOutputBlocked', { list: notice.listName });
  }
}

/** The lines under an answer, in the order the guard reported them, each distinct text once. */
export function guardNoticeLines(
  notices: readonly GuardNotice[],
  t: TFunction,
  location: ModelLocation | null,
): GuardNoticeLine[] {
  const lines: GuardNoticeLine[] = [];
  for (const notice of notices) {
    const text = formatGuardNotice(notice, t, location);
    if (lines.some((line) => line.text === text)) {
      continue;
    }
    lines.push({
      key: `${notice.kind}:${String(lines.length)}`,
      kind: notice.kind,
      tone: notice.kind === 'output-blocked' ? 'warning' : 'info',
      text,
    });
  }
  return lines;
}
