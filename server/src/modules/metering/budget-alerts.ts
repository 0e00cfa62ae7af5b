import type { BudgetRow } from './budget-repository.js';
import type { DirectoryRepository } from './directory-repository.js';
import { wonFromMicro } from './model-price.js';
import type { NotificationRepository, NotificationValues } from './notification-repository.js';
import { koreanDate } from './seoul-calendar.js';

const periodNames = { month: '이번 달', quarter: '이번 분기', year: '올해' } as const;

export function formatAmount(amount: number, unit: 'krw' | 'tokens'): string {
  return unit === 'krw' ? `${amount.toLocaleString('ko-KR')}원` : `${amount.toLocaleString('ko-KR')} 토큰`;
}

/** Budget and soft-cap alerts at 80 % and 100 %, delivered to their owners' notification bell. */
export class BudgetAlerts {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  /** Who answers for a budget: the person for their own cap, the department's admins, else the platform admins. */
  private async owners(budget: BudgetRow): Promise<string[]> {
    if (budget.scope === 'user' && budget.userId !== null) return [budget.userId];
    if (budget.scope === 'department' && budget.departmentId !== null) {
      const departmentAdmins = await this.directory.activeUserIdsWithRole(
        'department_admin',
        budget.departmentId,
      );
      if (departmentAdmins.length > 0) return departmentAdmins;
    }
    return this.directory.activeUserIdsWithRole('platform_admin');
  }

  async budgetCrossed(
    budget: BudgetRow,
    crossing: { spent: number; threshold: 80 | 100 },
    renewsOn: string,
  ): Promise<void> {
    const spent = budget.unit === 'krw' ? wonFromMicro(crossing.spent) : crossing.spent;
    const title = crossing.threshold === 100 ? `예산 소진: ${budget.name}` : `예산 80% 사용: ${budget.name}`;
    const body =
      `${periodNames[budget.period]} 예산 ${formatAmount(budget.amount, budget.unit)} 중 ${formatAmount(spent, budget.unit)}을 사용했습니다. ` +
      (crossing.threshold === 100
        ? `남은 예산이 없어 이 예산이 적용되는 요청은 ${koreanDate(renewsOn)}까지 처리되지 않습니다.`
        : `${koreanDate(renewsOn)}에 새로 채워집니다.`);
    const owners = await this.owners(budget);
    await this.notifications.insertMany(
      owners.map((userId): NotificationValues => ({
        userId,
        kind: crossing.threshold === 100 ? 'budget_100' : 'budget_80',
        title,
        body,
      })),
    );
  }

  async softCapCrossed(
    holder: { userId: string; planName: string; softCapWon: number },
    crossing: { spent: number; threshold: 80 | 100 },
    termEnd: string,
  ): Promise<void> {
    const spent = wonFromMicro(crossing.spent);
    await this.notifications.insertMany([
      {
        userId: holder.userId,
        kind: crossing.threshold === 100 ? 'soft_cap_100' : 'soft_cap_80',
        title:
          crossing.threshold === 100
            ? `구독 권장 사용량 초과: ${holder.planName}`
            : `구독 권장 사용량 80%: ${holder.planName}`,
        body: `이번 구독 기간(${koreanDate(termEnd)}까지) 권장 사용량 ${formatAmount(holder.softCapWon, 'krw')} 중 ${formatAmount(spent, 'krw')}을 사용했습니다. 계속 쓸 수 있지만 사용량은 보고서에 표시됩니다.`,
      },
    ]);
  }
}
