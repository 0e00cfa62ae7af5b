import type { usageEvents } from '../../platform/database/schema.js';

/** One model call as metering records it: identifiers and quantities, never content. */
export type UsageEvent = Omit<typeof usageEvents.$inferInsert, 'id'> & {
  occurredAt: Date;
  day: string;
  costMicroWon: number;
  purpose: string;
  billing: 'capacity' | 'subscription';
};
