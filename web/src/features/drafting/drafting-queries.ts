import {
  composeResponseSchema,
  draftDetailSchema,
  draftingSettingsResponseSchema,
  draftingSettingsSchema,
  draftListSchema,
  draftTemplateDetailSchema,
  draftTemplateListSchema,
  draftVersionSchema,
  lintResponseSchema,
  templatePreviewResponseSchema,
  type CreateDraftRequest,
  type DraftDetail,
  type DraftDocument,
  type DraftingSettings,
  type DraftTemplateInput,
  type FieldValue,
} from '@jumugwan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiJson, apiNoContent } from '../../api/api-request';

const basePath = '/api/drafting';

export const draftingKeys = {
  all: ['drafting'] as const,
  settings: () => [...draftingKeys.all, 'settings'] as const,
  templates: () => [...draftingKeys.all, 'templates'] as const,
  template: (id: string, version: number | null) => [...draftingKeys.templates(), id, version] as const,
  drafts: () => [...draftingKeys.all, 'drafts'] as const,
  draft: (id: string) => [...draftingKeys.drafts(), id] as const,
  version: (id: string, number: number) => [...draftingKeys.draft(id), 'versions', number] as const,
};

export function templatePath(id: string): string {
  return `${basePath}/templates/${encodeURIComponent(id)}`;
}

export function draftPath(id: string): string {
  return `${basePath}/drafts/${encodeURIComponent(id)}`;
}

/** The AI-use notice state, the disclosure settings, and whether drafts may be stored at all. */
export const draftingSettingsQuery = queryOptions({
  queryKey: draftingKeys.settings(),
  queryFn: ({ signal }) => apiJson(`${basePath}/settings`, draftingSettingsResponseSchema, { signal }),
});

export const templateListQuery = queryOptions({
  queryKey: draftingKeys.templates(),
  queryFn: ({ signal }) => apiJson(`${basePath}/templates`, draftTemplateListSchema, { signal }),
  select: (list) => list.templates,
});

/** A template, its latest version unless `version` names an older one. */
export function templateDetailQuery(id: string, version: number | null = null) {
  return queryOptions({
    queryKey: draftingKeys.template(id, version),
    queryFn: ({ signal }) =>
      apiJson(
        `${templatePath(id)}${version === null ? '' : `?version=${String(version)}`}`,
        draftTemplateDetailSchema,
        {
          signal,
        },
      ),
  });
}

export const draftListQuery = queryOptions({
  queryKey: draftingKeys.drafts(),
  queryFn: ({ signal }) => apiJson(`${basePath}/drafts`, draftListSchema, { signal }),
  select: (list) => list.drafts,
});

export function draftDetailQuery(id: string) {
  return queryOptions({
    queryKey: draftingKeys.draft(id),
    queryFn: ({ signal }) => apiJson(draftPath(id), draftDetailSchema, { signal }),
  });
}

/** A saved version never changes, so it is fetched once. */
export function draftVersionQuery(id: string, number: number) {
  return queryOptions({
    queryKey: draftingKeys.version(id, number),
    queryFn: ({ signal }) =>
      apiJson(`${draftPath(id)}/versions/${String(number)}`, draftVersionSchema, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

const acknowledgementSchema = draftingSettingsResponseSchema.pick({ acknowledgedAt: true });

export function acknowledgeDraftingNotice() {
  return apiJson(`${basePath}/acknowledge`, acknowledgementSchema, { method: 'POST', body: {} });
}

/** Platform admins only; the answer is the saved settings. */
export function saveDraftingSettings(settings: DraftingSettings) {
  return apiJson(`${basePath}/settings`, draftingSettingsSchema, { method: 'PUT', body: settings });
}

/** Version 1 is the template's skeleton filled from the form. */
export function createDraft(request: CreateDraftRequest): Promise<DraftDetail> {
  return apiJson(`${basePath}/drafts`, draftDetailSchema, { method: 'POST', body: request });
}

/** Every save is a new version. */
export function saveDraft(
  id: string,
  document: DraftDocument,
  source: 'edited' | 'restored',
): Promise<DraftDetail> {
  return apiJson(draftPath(id), draftDetailSchema, { method: 'PUT', body: { document, source } });
}

export function deleteDraft(id: string): Promise<void> {
  return apiNoContent(draftPath(id), { method: 'DELETE' });
}

/** Stateless mode: the skeleton from the form, stored nowhere. */
export function composeDraft(templateId: string, values: Record<string, FieldValue>) {
  return apiJson(`${basePath}/compose`, composeResponseSchema, {
    method: 'POST',
    body: { templateId, values },
  });
}

export function lintText(text: string, templateId: string, signal?: AbortSignal) {
  return apiJson(`${basePath}/lint`, lintResponseSchema, {
    method: 'POST',
    body: { text, templateId },
    ...(signal === undefined ? {} : { signal }),
  });
}

export function createTemplate(template: DraftTemplateInput) {
  return apiJson(`${basePath}/templates`, draftTemplateDetailSchema, { method: 'POST', body: template });
}

/** Saves a new version of an institution template. */
export function updateTemplate(id: string, template: DraftTemplateInput) {
  return apiJson(templatePath(id), draftTemplateDetailSchema, { method: 'PUT', body: template });
}

export function deleteTemplate(id: string): Promise<void> {
  return apiNoContent(templatePath(id), { method: 'DELETE' });
}

/** The skeleton, its print HTML and lint findings for a template being edited (not yet saved). */
export function previewTemplate(template: unknown, signal?: AbortSignal) {
  return apiJson(`${basePath}/templates/preview`, templatePreviewResponseSchema, {
    method: 'POST',
    body: { template },
    ...(signal === undefined ? {} : { signal }),
  });
}
