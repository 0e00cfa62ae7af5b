import type { UsageEvent } from './usage-event.js';

export interface UsageSums {
  calls: number;
  errors: number;
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
  characters: number;
  images: number;
  costMicroWon: number;
}

export interface DailyRollup extends UsageSums {
  day: string;
  departmentId: string | null;
  apiKeyId: string | null;
  modelId: string;
  purpose: string;
  billing: 'capacity' | 'subscription';
}

export interface SubjectRollup extends UsageSums {
  month: string;
  userId: string | null;
  apiKeyId: string | null;
  departmentId: string | null;
  modelId: string;
  purpose: string;
}

function add(target: UsageSums, event: UsageEvent): void {
  target.calls += 1;
  if (event.status !== 'ok') target.errors += 1;
  target.promptTokens += event.promptTokens ?? 0;
  target.completionTokens += event.completionTokens ?? 0;
  target.cachedTokens += event.cachedTokens ?? 0;
  target.characters += event.characters ?? 0;
  target.images += event.images ?? 0;
  target.costMicroWon += event.costMicroWon;
}

const empty = (): UsageSums => ({
  calls: 0,
  errors: 0,
  promptTokens: 0,
  completionTokens: 0,
  cachedTokens: 0,
  characters: 0,
  images: 0,
  costMicroWon: 0,
});

/**
 * A batch of events summed into the rollup rows it changes, so one upsert per row keeps the dashboards'
 * tables equal to the sum of the events. Refused calls (no model ran) are not use.
 */
export function rollUp(events: readonly UsageEvent[]): { daily: DailyRollup[]; subjects: SubjectRollup[] } {
  const daily = new Map<string, DailyRollup>();
  const subjects = new Map<string, SubjectRollup>();
  for (const event of events) {
    if (event.status === 'refused') continue;
    const departmentId = event.departmentId ?? null;
    const apiKeyId = event.apiKeyId ?? null;
    const userId = event.userId ?? null;
    const dailyKey = [event.day, departmentId, apiKeyId, event.modelId, event.purpose, event.billing].join(
      '|',
    );
    let dayRow = daily.get(dailyKey);
    if (dayRow === undefined) {
      dayRow = {
        day: event.day,
        departmentId,
        apiKeyId,
        modelId: event.modelId,
        purpose: event.purpose,
        billing: event.billing,
        ...empty(),
      };
      daily.set(dailyKey, dayRow);
    }
    add(dayRow, event);
    const month = `${event.day.slice(0, 7)}-01`;
    const subjectKey = [month, userId, apiKeyId, departmentId, event.modelId, event.purpose].join('|');
    let subjectRow = subjects.get(subjectKey);
    if (subjectRow === undefined) {
      subjectRow = {
        month,
        userId,
        apiKeyId,
        departmentId,
        modelId: event.modelId,
        purpose: event.purpose,
        ...empty(),
      };
      subjects.set(subjectKey, subjectRow);
    }
    add(subjectRow, event);
  }
  return { daily: [...daily.values()], subjects: [...subjects.values()] };
}
