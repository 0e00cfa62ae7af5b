import type { TemplateIssue } from './template-json';

/** The problems a refused template comes back with (`details.issues: [{ path, message }]`). */
export function serverTemplateIssues(details: unknown): TemplateIssue[] {
  if (
    typeof details !== 'object' ||
    details === null ||
    !('issues' in details) ||
    !Array.isArray(details.issues)
  ) {
    return [];
  }
  return (details.issues as unknown[]).flatMap((issue) => {
    if (typeof issue !== 'object' || issue === null || !('message' in issue)) return [];
    const path = 'path' in issue && typeof issue.path === 'string' ? issue.path : '';
    return typeof issue.message === 'string' ? [{ path, message: issue.message }] : [];
  });
}
