import type { TemplateCatalog } from '../drafting/index.js';
import type { GuardedGateway, GuardService } from '../guard/index.js';
import type { CollectionRepository, DepartmentTree } from '../knowledge/index.js';
import type { AssistantViewer } from './assistant-access.js';

export interface CollectionFacts {
  id: string;
  name: string;
  internal: boolean;
}

export interface ChatModelChoice {
  id: string;
  location: 'internal' | 'external';
}

/** What the assistants module needs from the org, knowledge, gateway and drafting modules. */
export interface AssistantPorts {
  /** The department and its ancestors, nearest first. */
  departmentChain(departmentId: string | null): Promise<string[]>;
  /** The collections among `ids` the viewer may read, by the knowledge module's own access rule. */
  readableCollections(viewer: AssistantViewer, ids: readonly string[]): Promise<CollectionFacts[]>;
  /** The chat models staff may pick (the chat model picker's list). */
  chatModels(): Promise<ChatModelChoice[]>;
  /** The drafting templates answers may follow (built-in and the institution's own). */
  draftingTemplates(): Promise<{ id: string; name: string }[]>;
  /** Refuses text about to be shown to colleagues that holds personal information or a blocking 금칙어. */
  checkPublication(texts: readonly string[]): Promise<void>;
}

/** The ports as the platform provides them: the knowledge access rule, the chat models, the template catalog. */
export function createAssistantPorts(sources: {
  departmentTree: Pick<DepartmentTree, 'chainOf'>;
  collections: Pick<CollectionRepository, 'readableIds'>;
  gateway: Pick<GuardedGateway, 'listModels'>;
  templates: Pick<TemplateCatalog, 'list'>;
  guard: Pick<GuardService, 'checkPublication'>;
}): AssistantPorts {
  return {
    checkPublication: (texts) => sources.guard.checkPublication(texts),
    departmentChain: (departmentId) => sources.departmentTree.chainOf(departmentId),
    readableCollections: async (viewer, ids) => {
      if (ids.length === 0) return [];
      const rows = await sources.collections.readableIds(
        {
          kind: 'user',
          userId: viewer.id,
          role: viewer.role,
          institutionId: viewer.institutionId,
          departmentId: viewer.departmentId,
          departmentChain: viewer.departmentChain,
        },
        ids,
      );
      return rows.map((row) => ({ id: row.id, name: row.name, internal: row.sensitivity === 'internal' }));
    },
    chatModels: async () =>
      (await sources.gateway.listModels())
        .filter((model) => model.capability === 'chat')
        .map(({ id, location }) => ({ id, location })),
    draftingTemplates: async () => (await sources.templates.list()).map(({ id, name }) => ({ id, name })),
  };
}
