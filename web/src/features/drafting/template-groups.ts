import type { DraftTemplateSummary } from '@jumugwan/contracts';

export interface TemplateGroup {
  category: string;
  templates: DraftTemplateSummary[];
}

function normalized(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/gu, '');
}

/** Templates whose name, category or description contain the search words (spaces ignored, any order). */
export function filterTemplates(
  templates: readonly DraftTemplateSummary[],
  query: string,
): DraftTemplateSummary[] {
  const words = query
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '')
    .map(normalized);
  if (words.length === 0) return [...templates];
  return templates.filter((template) => {
    const haystack = normalized(
      `${template.name} ${template.category} ${template.description} ${template.id}`,
    );
    return words.every((word) => haystack.includes(word));
  });
}

/** Cards grouped by category, categories in the order they first appear (the server's order). */
export function groupTemplatesByCategory(templates: readonly DraftTemplateSummary[]): TemplateGroup[] {
  const groups = new Map<string, DraftTemplateSummary[]>();
  for (const template of templates) {
    const group = groups.get(template.category);
    if (group === undefined) groups.set(template.category, [template]);
    else group.push(template);
  }
  return [...groups].map(([category, list]) => ({ category, templates: list }));
}
