export interface DraftSearch {
  /** Set by "AI로 작성": the model that writes the new draft as soon as the editor opens. */
  generate?: string;
}

/** Validates /drafting/$draftId's query string; a model id is a short printable string. */
export function parseDraftSearch(search: Record<string, unknown>): DraftSearch {
  const model = search.generate;
  return typeof model === 'string' && /^[\w.:/@-]{1,200}$/u.test(model) ? { generate: model } : {};
}

export interface TemplateEditorSearch {
  /** 복사해서 편집: the template the new one starts from. */
  from?: string;
}

/** Validates /admin/drafting-templates/new's query string. */
export function parseTemplateEditorSearch(search: Record<string, unknown>): TemplateEditorSearch {
  const from = search.from;
  return typeof from === 'string' && /^[a-z][a-z0-9-]{1,59}$/u.test(from) ? { from } : {};
}

export interface TemplateEditSearch {
  /** The version just created on the new-template page, to say so once. */
  saved?: number;
}

/** Validates /admin/drafting-templates/$templateId/edit's query string. */
export function parseTemplateEditSearch(search: Record<string, unknown>): TemplateEditSearch {
  const saved = typeof search.saved === 'string' ? Number(search.saved) : search.saved;
  return typeof saved === 'number' && Number.isSafeInteger(saved) && saved >= 1 ? { saved } : {};
}
