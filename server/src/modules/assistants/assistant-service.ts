import type {
  AssistantDetail,
  AssistantExample,
  AssistantGallery,
  AssistantGalleryQuery,
  AssistantRole,
  AssistantSharing,
  AssistantSummary,
  AssistantVersion,
  AssistantVersionSummary,
  createAssistantRequestSchema,
  PublishExampleRequest,
  updateAssistantRequestSchema,
} from '@jumugwan/contracts';
import type { z } from 'zod';
import type { Clock } from '../../platform/clock.js';
import {
  assistantRoleOf,
  canEditAssistant,
  canManageAssistant,
  type AssistantViewer,
} from './assistant-access.js';
import type { AssistantEngagementRepository } from './assistant-engagement-repository.js';
import { assistantErrors } from './assistant-errors.js';
import type { AssistantGalleryRepository, GalleryRow } from './assistant-gallery-repository.js';
import type { AssistantPorts, ChatModelChoice } from './assistant-ports.js';
import {
  presentExample,
  presentPerson,
  presentSummary,
  presentVersion,
  presentVersionSummaries,
  storedDefinition,
  visibleDefinition,
} from './assistant-presenters.js';
import type { AssistantRepository, AssistantRow, NewVersion } from './assistant-repository.js';
import type { AssistantForUse, AssistantUsage, AssistantUser } from './assistant-usage.js';
import { changedFields } from './changed-fields.js';
import {
  acceptDefinition,
  copiedDefinition,
  type AcceptedDefinition,
  type CollectionSensitivities,
} from './definition-rules.js';
import { acceptSharing } from './sharing-rules.js';

/** A signed-in staff member acting on assistants; the name goes on the versions they write. */
export type AssistantCaller = AssistantUser & { name: string };
export type CreateAssistantInput = z.output<typeof createAssistantRequestSchema>;
export type UpdateAssistantInput = z.output<typeof updateAssistantRequestSchema>;

export interface AssistantRepositories {
  assistants: AssistantRepository;
  gallery: AssistantGalleryRepository;
  engagement: AssistantEngagementRepository;
}

/** Longest name a copy may have (the definition's limit), room left for the suffix. */
const nameLimit = 60;
const copySuffix = ' (사본)';

/**
 * Custom assistants: the gallery, pages, versions, sharing, saves, ratings, examples and copies, with the
 * access rule applied on every path (whoever may not use one is told it does not exist). Also what the
 * chat uses assistants through.
 */
export class AssistantService implements AssistantUsage {
  constructor(
    private readonly repositories: AssistantRepositories,
    private readonly ports: AssistantPorts,
    private readonly institutionId: string,
    private readonly clock: Clock,
  ) {}

  async viewerOf(user: AssistantUser): Promise<AssistantViewer> {
    return {
      id: user.id,
      institutionId: user.institutionId,
      departmentId: user.departmentId,
      role: user.role,
      departmentChain: await this.ports.departmentChain(user.departmentId),
    };
  }

  /** The row and the viewer's role, or 404 when they may not use it. */
  private async usable(
    viewer: AssistantViewer,
    id: string,
  ): Promise<{ row: AssistantRow; role: AssistantRole }> {
    const row = await this.repositories.assistants.find(id);
    if (row === undefined) throw assistantErrors.notFound();
    const membership = await this.repositories.assistants.membershipOf(id, viewer.id);
    const role = assistantRoleOf(viewer, { ...row, membership });
    if (role === null) throw assistantErrors.notFound();
    return { row, role };
  }

  private async editable(viewer: AssistantViewer, id: string) {
    const found = await this.usable(viewer, id);
    if (!canEditAssistant(found.role)) throw assistantErrors.cannotEdit();
    return found;
  }

  private async managed(viewer: AssistantViewer, id: string) {
    const found = await this.usable(viewer, id);
    if (!canManageAssistant(found.role)) throw assistantErrors.cannotManage();
    return found;
  }

  private async card(viewer: AssistantViewer, id: string): Promise<{ row: GalleryRow; role: AssistantRole }> {
    const row = await this.repositories.gallery.find(viewer, id);
    const role =
      row === undefined ? null : assistantRoleOf(viewer, { ...row.assistant, membership: row.membership });
    if (row === undefined || role === null) throw assistantErrors.notFound();
    return { row, role };
  }

  private async currentVersion(row: AssistantRow) {
    const version = await this.repositories.assistants.version(row.id, row.currentVersion);
    if (version === undefined)
      throw new Error(`assistant ${row.id} has no version ${String(row.currentVersion)}`);
    return version;
  }

  private readonly sensitivities: CollectionSensitivities = (ids) =>
    this.repositories.assistants.collectionSensitivities(ids);

  // ---- gallery and pages ----

  async gallery(user: AssistantUser, query: AssistantGalleryQuery): Promise<AssistantGallery> {
    const viewer = await this.viewerOf(user);
    const { rows, total } = await this.repositories.gallery.list(viewer, query);
    return {
      total,
      assistants: rows.flatMap((row) => {
        const role = assistantRoleOf(viewer, { ...row.assistant, membership: row.membership });
        return role === null ? [] : [presentSummary(row, role)];
      }),
    };
  }

  async summary(user: AssistantUser, id: string): Promise<AssistantSummary> {
    const { row, role } = await this.card(await this.viewerOf(user), id);
    return presentSummary(row, role);
  }

  async detail(user: AssistantUser, id: string): Promise<AssistantDetail> {
    const viewer = await this.viewerOf(user);
    const { row, role } = await this.card(viewer, id);
    const version = await this.currentVersion(row.assistant);
    const definition = version.definition;
    const readableById = new Map(
      (await this.ports.readableCollections(viewer, definition.collectionIds)).map((collection) => [
        collection.id,
        collection,
      ]),
    );
    // In the definition's order: the owner chose it.
    const readable = [...new Set(definition.collectionIds)].flatMap((collectionId) => {
      const collection = readableById.get(collectionId);
      return collection === undefined ? [] : [collection];
    });
    const templateId = definition.draftingTemplateId;
    const template =
      templateId === null
        ? null
        : ((await this.ports.draftingTemplates()).find((candidate) => candidate.id === templateId) ?? {
            id: templateId,
            name: templateId,
          });
    const [members, myRating, examples] = await Promise.all([
      canEditAssistant(role) ? this.repositories.assistants.members(id) : Promise.resolve([]),
      this.repositories.engagement.ratingOf(id, viewer.id),
      this.repositories.engagement.examples(id),
    ]);
    const users = members.filter((member) => member.role === 'user');
    const editors = members.filter((member) => member.role === 'editor');
    const { assistant } = row;
    return {
      ...presentSummary(row, role),
      definition: visibleDefinition(definition, new Set(readableById.keys())),
      collections: readable.map(({ id: collectionId, name, internal }) => ({
        id: collectionId,
        name,
        internal,
      })),
      hiddenCollectionCount: new Set(definition.collectionIds).size - readable.length,
      draftingTemplate: template === null ? null : { id: template.id, name: template.name },
      sharing: canEditAssistant(role)
        ? {
            visibility: assistant.visibility,
            departmentId: assistant.shareDepartmentId,
            includeSubdepartments: assistant.includeSubdepartments,
            userIds: users.map((member) => member.userId),
            editorIds: editors.map((member) => member.userId),
            users: users.map(presentPerson),
            editors: editors.map(presentPerson),
          }
        : null,
      myRating,
      examples: examples.map(presentExample),
      createdAt: assistant.createdAt.toISOString(),
    };
  }

  async models(): Promise<ChatModelChoice[]> {
    return this.ports.chatModels();
  }

  // ---- content and versions ----

  private newVersion(
    caller: AssistantCaller,
    accepted: AcceptedDefinition,
    kind: NewVersion['kind'],
    note: string,
    restoredFrom: number | null = null,
  ): NewVersion {
    return {
      kind,
      restoredFrom,
      definition: accepted.definition,
      note,
      editedBy: caller.id,
      editorName: caller.name,
    };
  }

  async create(caller: AssistantCaller, request: CreateAssistantInput): Promise<AssistantDetail> {
    const viewer = await this.viewerOf(caller);
    const accepted = await acceptDefinition(this.ports, this.sensitivities, viewer, request.definition, []);
    const sharing = await acceptSharing(
      this.repositories.assistants,
      this.institutionId,
      caller,
      request.sharing,
    );
    const id = await this.repositories.assistants.create(
      { institutionId: this.institutionId, ownerUserId: caller.id, departmentId: caller.departmentId },
      sharing,
      this.newVersion(caller, accepted, 'created', ''),
    );
    return this.detail(caller, id);
  }

  /** A new version; refused with 409 when someone saved since `baseVersion` was read. */
  async update(
    caller: AssistantCaller,
    id: string,
    request: UpdateAssistantInput,
  ): Promise<{ detail: AssistantDetail; changedFields: string[] }> {
    const viewer = await this.viewerOf(caller);
    const { row } = await this.editable(viewer, id);
    if (row.currentVersion !== request.baseVersion) throw assistantErrors.versionConflict(row.currentVersion);
    const previous = await this.currentVersion(row);
    const accepted = await acceptDefinition(
      this.ports,
      this.sensitivities,
      viewer,
      request.definition,
      previous.definition.collectionIds,
    );
    const number = await this.repositories.assistants.appendVersion(
      id,
      request.baseVersion,
      this.newVersion(caller, accepted, 'edited', request.note),
      this.clock.now(),
    );
    if (number === null) {
      const current = await this.repositories.assistants.find(id);
      throw assistantErrors.versionConflict(current?.currentVersion ?? request.baseVersion);
    }
    return {
      detail: await this.detail(caller, id),
      changedFields: changedFields(previous.definition, accepted.definition),
    };
  }

  /** Copies an old version's content forward as a new version (history is never rewritten). */
  async rollback(caller: AssistantCaller, id: string, number: number): Promise<AssistantDetail> {
    const viewer = await this.viewerOf(caller);
    const { row } = await this.editable(viewer, id);
    if (number === row.currentVersion) throw assistantErrors.alreadyCurrent();
    const old = await this.repositories.assistants.version(id, number);
    if (old === undefined) throw assistantErrors.versionNotFound(number);
    const accepted = await acceptDefinition(
      this.ports,
      this.sensitivities,
      viewer,
      storedDefinition(old.definition),
      old.definition.collectionIds,
    );
    const appended = await this.repositories.assistants.appendVersion(
      id,
      row.currentVersion,
      this.newVersion(caller, accepted, 'rolled_back', '', number),
      this.clock.now(),
    );
    if (appended === null) throw assistantErrors.versionConflict(row.currentVersion + 1);
    return this.detail(caller, id);
  }

  async versions(user: AssistantUser, id: string): Promise<AssistantVersionSummary[]> {
    await this.usable(await this.viewerOf(user), id);
    return presentVersionSummaries(await this.repositories.assistants.versions(id));
  }

  async version(user: AssistantUser, id: string, number: number): Promise<AssistantVersion> {
    const viewer = await this.viewerOf(user);
    await this.usable(viewer, id);
    const [row, previous] = await Promise.all([
      this.repositories.assistants.version(id, number),
      number > 1 ? this.repositories.assistants.version(id, number - 1) : Promise.resolve(undefined),
    ]);
    if (row === undefined) throw assistantErrors.versionNotFound(number);
    const readable = await this.ports.readableCollections(viewer, row.definition.collectionIds);
    return presentVersion(row, previous ?? null, new Set(readable.map((collection) => collection.id)));
  }

  // ---- sharing, archive, copy ----

  async updateSharing(
    caller: AssistantCaller,
    id: string,
    sharing: AssistantSharing,
  ): Promise<AssistantDetail> {
    await this.managed(await this.viewerOf(caller), id);
    const accepted = await acceptSharing(this.repositories.assistants, this.institutionId, caller, sharing);
    await this.repositories.assistants.replaceSharing(id, accepted, this.clock.now());
    return this.detail(caller, id);
  }

  async archive(caller: AssistantCaller, id: string): Promise<void> {
    await this.managed(await this.viewerOf(caller), id);
    await this.repositories.assistants.archive(id, this.clock.now());
  }

  /** A private copy owned by the caller: how staff make a built-in (or a colleague's) assistant their own. */
  async copy(caller: AssistantCaller, id: string): Promise<AssistantDetail> {
    const viewer = await this.viewerOf(caller);
    const { row } = await this.usable(viewer, id);
    const original = await this.currentVersion(row);
    const name = `${original.definition.name.slice(0, nameLimit - copySuffix.length)}${copySuffix}`;
    const accepted = await copiedDefinition(this.ports, viewer, original.definition, name);
    const copyId = await this.repositories.assistants.create(
      { institutionId: this.institutionId, ownerUserId: caller.id, departmentId: caller.departmentId },
      { visibility: 'private', shareDepartmentId: null, includeSubdepartments: false, members: [] },
      this.newVersion(caller, accepted, 'created', `'${original.definition.name}'에서 복사`),
    );
    return this.detail(caller, copyId);
  }

  // ---- saves, ratings, examples ----

  async save(user: AssistantUser, id: string, saved: boolean): Promise<AssistantSummary> {
    const viewer = await this.viewerOf(user);
    await this.usable(viewer, id);
    if (saved) await this.repositories.engagement.save(id, viewer.id);
    else await this.repositories.engagement.unsave(id, viewer.id);
    return this.summary(user, id);
  }

  async rate(user: AssistantUser, id: string, stars: number): Promise<AssistantSummary> {
    const viewer = await this.viewerOf(user);
    const { role } = await this.usable(viewer, id);
    // Owners rating their own would skew the gallery's popularity.
    if (role === 'owner') throw assistantErrors.ownRating();
    await this.repositories.engagement.rate(id, viewer.id, stars, this.clock.now());
    return this.summary(user, id);
  }

  async publishExample(
    caller: AssistantCaller,
    id: string,
    request: PublishExampleRequest,
  ): Promise<AssistantExample> {
    await this.editable(await this.viewerOf(caller), id);
    // The conversation was the owner's; published, it is everyone's who may use the assistant.
    await this.ports.checkPublication([request.title, ...request.messages.map((message) => message.content)]);
    const row = await this.repositories.engagement.addExample(
      { assistantId: id, title: request.title, messages: request.messages, createdBy: caller.id },
      this.clock.now(),
    );
    return presentExample(row);
  }

  async deleteExample(caller: AssistantCaller, id: string, exampleId: string): Promise<void> {
    await this.editable(await this.viewerOf(caller), id);
    if (!(await this.repositories.engagement.deleteExample(id, exampleId)))
      throw assistantErrors.exampleNotFound();
  }

  // ---- what the chat uses ----

  async assistantForUse(user: AssistantUser, assistantId: string): Promise<AssistantForUse> {
    const { row } = await this.usable(await this.viewerOf(user), assistantId);
    const version = await this.currentVersion(row);
    const definition = storedDefinition(version.definition);
    const sensitivities = await this.sensitivities(definition.collectionIds);
    return {
      id: row.id,
      name: definition.name,
      icon: definition.icon,
      category: definition.category,
      version: row.currentVersion,
      definition,
      onPremOnly: definition.collectionIds.some((collectionId) => sensitivities.get(collectionId) === true),
    };
  }

  async recordUse(assistantId: string): Promise<void> {
    await this.repositories.engagement.recordUse(assistantId);
  }
}
