import { z } from 'zod';
import { roleSchema } from './session.js';

export const departmentKindSchema = z.enum(['bureau', 'division', 'team']);

export const departmentSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  parentId: z.uuid().nullable(),
  kind: departmentKindSchema,
  sortOrder: z.number(),
  active: z.boolean(),
  memberCount: z.number(),
});
export type Department = z.infer<typeof departmentSchema>;
export const departmentListSchema = z.object({ departments: z.array(departmentSchema) });

export const userSummarySchema = z.object({
  id: z.uuid(),
  employeeNumber: z.string().nullable(),
  username: z.string().nullable(),
  name: z.string(),
  rank: z.string().nullable(),
  email: z.string().nullable(),
  role: roleSchema,
  active: z.boolean(),
  source: z.enum(['sso', 'import', 'local']),
  departmentId: z.uuid().nullable(),
  departmentName: z.string().nullable(),
  lastSignInAt: z.string().nullable(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;
export const userListSchema = z.object({ users: z.array(userSummarySchema), total: z.number() });
export type UserList = z.infer<typeof userListSchema>;

export const importLineErrorSchema = z.object({
  line: z.number(),
  column: z.string().optional(),
  message: z.string(),
});

/** Result of POST /api/admin/org/import/{departments|users}: applied only when there are no errors. */
export const importResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    encoding: z.enum(['utf-8', 'cp949']),
    created: z.number(),
    updated: z.number(),
    deactivated: z.number(),
    unchanged: z.number(),
  }),
  z.object({
    ok: z.literal(false),
    encoding: z.enum(['utf-8', 'cp949']),
    errors: z.array(importLineErrorSchema),
  }),
]);
export type ImportResult = z.infer<typeof importResultSchema>;

/** GET /api/directory/departments — the department tree any signed-in person may see (for sharing). */
export const directoryDepartmentSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  parentId: z.uuid().nullable(),
  kind: z.enum(['bureau', 'division', 'team']),
});
export const directoryDepartmentListSchema = z.object({ departments: z.array(directoryDepartmentSchema) });

/** GET /api/directory/users?query= — colleagues by name or 사번 (active only, at most 20). */
export const directoryUserSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  rank: z.string().nullable(),
  departmentName: z.string().nullable(),
});
export const directoryUserListSchema = z.object({ users: z.array(directoryUserSchema) });
