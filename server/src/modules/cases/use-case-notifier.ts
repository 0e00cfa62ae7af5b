import type { NotifiedCase, UseCaseNotifications } from './use-case-notifications.js';
import type { UseCaseRepository } from './use-case-repository.js';

export type UseCaseNotificationKind = 'case_submitted' | 'case_reviewed';

export interface UseCaseNotificationValues {
  userId: string;
  kind: UseCaseNotificationKind;
  title: string;
  body: string;
}

/**
 * The notifications of the review: the reviewers when a case is submitted, the author when it is decided.
 * Delivery is the bell's (the metering module's notifications), handed in as a function.
 */
export class UseCaseNotifier implements UseCaseNotifications {
  constructor(
    private readonly cases: Pick<UseCaseRepository, 'reviewerIds'>,
    private readonly institutionId: string,
    private readonly deliver: (values: readonly UseCaseNotificationValues[]) => Promise<void>,
  ) {}

  async submitted(useCase: NotifiedCase): Promise<void> {
    const reviewers = await this.cases.reviewerIds(this.institutionId, useCase.departmentId);
    await this.deliver(
      reviewers
        .filter((userId) => userId !== useCase.authorUserId)
        .map((userId) => ({
          userId,
          kind: 'case_submitted',
          title: `활용사례 검토 요청: ${useCase.title}`,
          body: `${useCase.authorName} 님이 활용사례를 제출했습니다. 검토한 뒤 게시하거나 보완을 요청해 주세요.`,
        })),
    );
  }

  async reviewed(useCase: NotifiedCase, decision: 'publish' | 'return', note: string): Promise<void> {
    if (useCase.authorUserId === null) return;
    await this.deliver([
      {
        userId: useCase.authorUserId,
        kind: 'case_reviewed',
        title:
          decision === 'publish' ? `활용사례 게시: ${useCase.title}` : `활용사례 보완 요청: ${useCase.title}`,
        body:
          decision === 'publish'
            ? '제출한 활용사례가 게시되어 모든 직원이 볼 수 있습니다.'
            : `제출한 활용사례가 반려되었습니다. 고친 뒤 다시 제출해 주세요.${note === '' ? '' : ` 검토 의견: ${note}`}`,
      },
    ]);
  }
}
