import type { usageEvents } from '../../platform/database/schema.js';

/** One model call as metering records it: identifiers and quantities, never content. */
export type UsageEvent = Omit<typeof usageEvents.$inferInsert, 'id'> & {
  occurredAt: Date;
  day: string;
  costMicroWon: number;
  purpose: string;
  billing: 'capacity' | 'subscription';
};

/** An event as the meter hands it over: its purpose may still be a label to work out when it is written. */
export type PendingUsageEvent = Omit<UsageEvent, 'purpose'> & { purpose: string | (() => string) };
