import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import type { TemplateIssue } from './template-json';

/** The template's problems, each with where it is (`fields[2].label`). */
export function TemplateIssueList({ issues }: { issues: readonly TemplateIssue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <Alert tone="error">
      <p className="font-medium">{t('drafting.templateEditor.issues', { count: issues.length })}</p>
      <ul className="mt-1 space-y-0.5" data-testid="template-issues">
        {issues.map((issue, index) => (
          // Issues have no identity of their own and are replaced as a whole on every change.
          <li key={index}>
            {issue.path !== '' && (
              <code className="mr-1.5 rounded bg-red-100 px-1 font-mono text-xs">{issue.path}</code>
            )}
            {issue.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
