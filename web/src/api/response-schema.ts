/**
 * The part of a zod schema the API helpers use. Declared structurally so the web package does not
 * depend on zod directly; the shared contracts' schemas satisfy it.
 */
export interface ResponseSchema<Output> {
  safeParse(data: unknown): { success: true; data: Output } | { success: false; error: unknown };
}
