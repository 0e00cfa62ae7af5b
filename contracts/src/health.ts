import { z } from 'zod';

export const readinessSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean(), vector: z.boolean() }),
});
