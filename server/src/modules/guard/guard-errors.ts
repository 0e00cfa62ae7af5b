import { AppError } from '../../platform/app-error.js';

export const guardErrors = {
  bannedWord: (listName: string, word: string) =>
    new AppError(
      'banned_word',
      400,
      `금칙어 '${word}'(${listName})가 포함되어 보낼 수 없습니다. 표현을 바꿔 다시 보내 주세요.`,
      { listName },
    ),
  /** Text about to be shown to colleagues (a published example, a use case, a comment). */
  notPublishable: (reason: { bannedWord: string; listName: string } | { piiLabels: readonly string[] }) =>
    'bannedWord' in reason
      ? new AppError(
          'banned_word',
          400,
          `금칙어 '${reason.bannedWord}'(${reason.listName})가 있어 게시할 수 없습니다. 표현을 바꿔 다시 게시해 주세요.`,
          { listName: reason.listName },
        )
      : new AppError(
          'pii_blocked',
          400,
          `게시하려는 내용에 개인정보(${reason.piiLabels.join(', ')})가 있습니다. 지우거나 가린 뒤 다시 게시해 주세요.`,
          { piiTypes: reason.piiLabels },
        ),
  piiBlocked: (labels: readonly string[], location: 'internal' | 'external') =>
    new AppError(
      'pii_blocked',
      400,
      location === 'external'
        ? `개인정보(${labels.join(', ')})가 있어 외부 모델로 보낼 수 없습니다. 개인정보를 지우거나 내부 모델을 선택하세요.`
        : `개인정보(${labels.join(', ')})가 있어 보낼 수 없습니다. 개인정보를 지운 뒤 다시 보내 주세요.`,
      { piiTypes: labels },
    ),
  internalOnly: (modelId: string) =>
    new AppError(
      'internal_only',
      403,
      `이 대화에는 내부 자료가 있어 외부 모델 '${modelId}'(으)로 보낼 수 없습니다. 내부 모델을 선택하세요.`,
    ),
};
