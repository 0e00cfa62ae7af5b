import type { AssistantDefinition } from '@jumugwan/contracts';
import type { AssistantViewer } from './assistant-access.js';
import { assistantErrors } from './assistant-errors.js';
import type { AssistantPorts } from './assistant-ports.js';

export interface AcceptedDefinition {
  definition: AssistantDefinition;
  /** Grounded in an internal collection: only on-prem models may answer. */
  onPremOnly: boolean;
}

/** Existence and sensitivity of collections, whoever asks (the repository reads them). */
export type CollectionSensitivities = (ids: readonly string[]) => Promise<Map<string, boolean>>;

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/**
 * Checks a definition before it becomes a version. Every collection must be one the editor may read;
 * `keptCollectionIds` are those the assistant already had: an editor who cannot read one keeps it (it is
 * hidden from them, so their form could not send it back), and a deleted one is dropped. The drafting
 * template must exist, the default model must be a chat model, and internal collections need an
 * on-prem default model.
 */
export async function acceptDefinition(
  ports: AssistantPorts,
  sensitivities: CollectionSensitivities,
  editor: AssistantViewer,
  submitted: AssistantDefinition,
  keptCollectionIds: readonly string[],
): Promise<AcceptedDefinition> {
  const requested = unique(submitted.collectionIds);
  const kept = unique(keptCollectionIds);
  const readable = new Set(
    (await ports.readableCollections(editor, unique([...requested, ...kept]))).map(
      (collection) => collection.id,
    ),
  );
  const existing = await sensitivities(unique([...requested, ...kept]));
  const refused = requested.filter((id) => !readable.has(id) && !kept.includes(id));
  if (refused.length > 0) throw assistantErrors.unreadableCollections(refused.length);
  const carried = kept.filter((id) => !readable.has(id) && !requested.includes(id));
  const collectionIds = [...requested, ...carried].filter((id) => existing.has(id));
  const onPremOnly = collectionIds.some((id) => existing.get(id) === true);
  await checkTemplate(ports, submitted.draftingTemplateId);
  await checkModel(ports, submitted.defaultModel, onPremOnly);
  return { definition: { ...submitted, collectionIds }, onPremOnly };
}

async function checkTemplate(ports: AssistantPorts, templateId: string | null): Promise<void> {
  if (templateId === null) return;
  const templates = await ports.draftingTemplates();
  if (!templates.some((template) => template.id === templateId))
    throw assistantErrors.unknownTemplate(templateId);
}

async function checkModel(ports: AssistantPorts, modelId: string | null, onPremOnly: boolean): Promise<void> {
  if (modelId === null) return;
  const model = (await ports.chatModels()).find((choice) => choice.id === modelId);
  if (model === undefined) throw assistantErrors.unknownModel(modelId);
  if (onPremOnly && model.location !== 'internal') throw assistantErrors.externalModelForInternal(modelId);
}

/**
 * A copy made by someone else: what they cannot read, or what no longer exists, is left out rather than
 * refused, so anyone who may use an assistant may copy it.
 */
export async function copiedDefinition(
  ports: AssistantPorts,
  copier: AssistantViewer,
  original: AssistantDefinition,
  name: string,
): Promise<AcceptedDefinition> {
  const readable = await ports.readableCollections(copier, unique(original.collectionIds));
  const collectionIds = readable.map((collection) => collection.id);
  const onPremOnly = readable.some((collection) => collection.internal);
  const templates = await ports.draftingTemplates();
  const models = await ports.chatModels();
  const model = models.find((choice) => choice.id === original.defaultModel);
  const modelAllowed = model !== undefined && (!onPremOnly || model.location === 'internal');
  return {
    definition: {
      ...original,
      name,
      collectionIds,
      draftingTemplateId: templates.some((template) => template.id === original.draftingTemplateId)
        ? original.draftingTemplateId
        : null,
      defaultModel: modelAllowed ? original.defaultModel : null,
    },
    onPremOnly,
  };
}
