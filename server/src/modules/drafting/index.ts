export { DraftRepository } from './draft-repository.js';
export { DraftingService, type DraftingPorts } from './drafting-service.js';
export { DraftingSettingsRepository } from './drafting-settings-repository.js';
export { registerDraftingRoutes } from './drafting-routes.js';
export type { DraftingContext } from './render/drafting-context.js';
export { loadBuiltInTemplates } from './templates/built-in-templates.js';
export { TemplateCatalog } from './templates/template-catalog.js';
export { TemplateRepository } from './template-repository.js';
export { DraftWriter } from './write/draft-writer.js';
