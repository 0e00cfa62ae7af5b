import { z } from 'zod';

export const roleSchema = z.enum(['staff', 'department_admin', 'platform_admin']);
export type Role = z.infer<typeof roleSchema>;

export const currentUserSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  employeeNumber: z.string().nullable(),
  username: z.string().nullable(),
  rank: z.string().nullable(),
  email: z.string().nullable(),
  role: roleSchema,
  department: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
  institution: z.object({ code: z.string(), name: z.string() }),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

/** GET /api/session: who is signed in, plus the CSRF token the client echoes in `x-csrf-token`. */
export const sessionResponseSchema = z.object({
  user: currentUserSchema,
  csrfToken: z.string(),
  expiresAt: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** GET /api/setup: whether the first-run page may still create the first platform admin. */
export const setupStatusSchema = z.object({ open: z.boolean(), institutionName: z.string() });
export type SetupStatus = z.infer<typeof setupStatusSchema>;

export const setupRequestSchema = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{3,50}$/),
  name: z.string().trim().min(1).max(50),
  password: z.string().min(10).max(200),
});
export type SetupRequest = z.infer<typeof setupRequestSchema>;
