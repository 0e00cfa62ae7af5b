/** `{{key}}` and `{{context.key}}` placeholders in template text. */
export const placeholderPattern = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*(?:\.[a-zA-Z][a-zA-Z0-9]*)?)\s*\}\}/g;

/** Values the platform supplies, beside the form's fields. */
export const contextPlaceholders = [
  'institution.name',
  'user.name',
  'user.rank',
  'user.department',
  'user.email',
  'today',
] as const;
export type ContextPlaceholder = (typeof contextPlaceholders)[number];

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1] ?? '');
}
