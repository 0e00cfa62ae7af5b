import {
  useCaseCategorySchema,
  type ExportCaseBookRequest,
  type UseCaseAttachment,
  type UseCaseComment,
  type UseCaseDetail,
  type UseCaseInput,
  type UseCaseList,
  type UseCaseListQuery,
  type UseCaseSummary,
} from '@jumugwan/contracts';
import { AppError, errors } from '../../platform/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { UploadedFile } from '../../platform/http/read-multipart-files.js';
import type { AssistantUsage } from '../assistants/assistant-usage.js';
import { exportBook, type ExportedFile } from '../drafting/index.js';
import type { UserRow } from '../org/index.js';
import { attachmentMediaType } from './attachment-media-type.js';
import { caseBookOf } from './case-book.js';
import type { UseCaseAttachmentFile, UseCaseAttachmentRepository } from './use-case-attachment-repository.js';
import type { UseCaseNotifications } from './use-case-notifications.js';
import type { UseCaseReactionRepository } from './use-case-reaction-repository.js';
import type {
  UseCaseContent,
  UseCaseRecord,
  UseCaseRepository,
  UseCaseScope,
  UseCaseSummaryRow,
} from './use-case-repository.js';

export const caseNotFound = (): AppError => new AppError('case_not_found', 404, '사례를 찾을 수 없습니다.');

/** Limits of a case's attachments. */
export const attachmentLimits = { fileBytes: 10 * 1024 * 1024, files: 5 } as const;

export interface UseCaseServicePorts {
  /** Checks the assistant a case names; null while the assistants module is not wired (then none is accepted). */
  assistants: AssistantUsage | null;
  notifications: UseCaseNotifications | null;
  institutionName: string;
  /** Refuses text about to be shown to colleagues that holds personal information or a blocking 금칙어. */
  checkPublication: (texts: readonly string[]) => Promise<void>;
}

/** The use-case book: writing, review, browsing, likes, comments, attachments and the exported book. */
export class UseCaseService {
  constructor(
    private readonly cases: UseCaseRepository,
    private readonly reactions: UseCaseReactionRepository,
    private readonly attachments: UseCaseAttachmentRepository,
    private readonly ports: UseCaseServicePorts,
    private readonly institutionId: string,
    private readonly clock: Clock,
  ) {}

  // ---- reading ----

  async list(user: UserRow, query: UseCaseListQuery): Promise<UseCaseList> {
    const scope = this.scopeOf(user, query.view);
    if (scope === null) return { cases: [], total: 0 };
    const { rows, total } = await this.cases.list(this.institutionId, user.id, scope, query);
    return { cases: rows.map(presentSummary), total };
  }

  async detail(user: UserRow, id: string): Promise<UseCaseDetail> {
    const record = await this.visibleCase(user, id);
    const [likedByMe, attachments, comments, reviewer] = await Promise.all([
      this.reactions.likedBy(id, user.id),
      this.attachments.list(id),
      this.reactions.comments(id),
      this.mayReview(user, record),
    ]);
    return {
      ...presentSummary({ ...record, likedByMe }),
      input: {
        title: record.title,
        task: record.task,
        category: categoryOf(record.category),
        assistantId: record.assistantId,
        prompt: record.prompt,
        minutesBefore: record.minutesBefore,
        minutesAfter: record.minutesAfter,
        result: record.result,
      },
      assistant: record.assistant,
      attachments,
      commentList: comments.map((comment): UseCaseComment => ({
        id: comment.id,
        authorName: comment.authorName,
        body: comment.body,
        mine: comment.userId === user.id,
        createdAt: comment.createdAt.toISOString(),
      })),
      reviewNote: record.reviewNote,
      reviewedAt: record.reviewedAt?.toISOString() ?? null,
      canEdit: this.mayEdit(user, record),
      canReview: record.status === 'submitted' && reviewer,
      createdAt: record.createdAt.toISOString(),
    };
  }

  // ---- writing ----

  async create(user: UserRow, input: UseCaseInput, submit: boolean): Promise<UseCaseDetail> {
    const content = await this.contentOf(user, input);
    if (submit) await this.checkShareable(input);
    const id = await this.cases.insert({
      ...content,
      institutionId: this.institutionId,
      authorUserId: user.id,
      authorName: user.name,
      departmentId: user.departmentId,
      status: submit ? 'submitted' : 'draft',
    });
    if (submit) await this.notifySubmitted(id);
    return this.detail(user, id);
  }

  /**
   * The author's edit sends the case back to draft (or to review at once); a platform admin's edit of a
   * published case, or of someone else's, changes its content and leaves its status.
   */
  async update(user: UserRow, id: string, input: UseCaseInput, submit: boolean): Promise<UseCaseDetail> {
    const record = await this.visibleCase(user, id);
    if (!this.mayEdit(user, record)) throw errors.forbidden();
    const content = await this.contentOf(user, input, record.assistantId);
    const byAuthor = record.authorUserId === user.id && record.status !== 'published';
    const status = byAuthor ? (submit ? 'submitted' : 'draft') : record.status;
    if (status === 'submitted' || status === 'published') await this.checkShareable(input);
    await this.cases.update(
      id,
      { ...content, status, ...(byAuthor ? { departmentId: user.departmentId } : {}) },
      this.clock.now(),
    );
    if (byAuthor && submit) await this.notifySubmitted(id);
    return this.detail(user, id);
  }

  /** What reviewers and, once published, everyone read: no personal information, no blocking 금칙어. */
  private async checkShareable(
    content: Pick<UseCaseInput, 'title' | 'task' | 'prompt' | 'result'>,
  ): Promise<void> {
    await this.ports.checkPublication([content.title, content.task, content.prompt, content.result]);
  }

  async submit(user: UserRow, id: string): Promise<UseCaseDetail> {
    const record = await this.visibleCase(user, id);
    if (record.authorUserId !== user.id) throw errors.forbidden();
    if (record.status !== 'draft' && record.status !== 'returned') {
      throw errors.conflict(
        record.status === 'submitted'
          ? '이미 검토를 기다리고 있습니다.'
          : '게시된 사례는 다시 제출할 수 없습니다.',
      );
    }
    await this.checkShareable(record);
    // The reviewers are those of the department the author is in now.
    await this.cases.update(id, { status: 'submitted', departmentId: user.departmentId }, this.clock.now());
    await this.notifySubmitted(id);
    return this.detail(user, id);
  }

  async remove(user: UserRow, id: string): Promise<{ title: string; status: string }> {
    const record = await this.visibleCase(user, id);
    const own = record.authorUserId === user.id && record.status !== 'published';
    if (!own && user.role !== 'platform_admin') throw errors.forbidden();
    await this.cases.delete(id);
    return { title: record.title, status: record.status };
  }

  /** Publishes a submitted case or returns it to the author with a note. */
  async review(
    user: UserRow,
    id: string,
    decision: 'publish' | 'return',
    note: string,
  ): Promise<UseCaseDetail> {
    const record = await this.cases.find(this.institutionId, id);
    if (record === undefined) throw caseNotFound();
    if (!(await this.mayReview(user, record))) throw errors.forbidden();
    const now = this.clock.now();
    const decided = await this.cases.transition(
      id,
      'submitted',
      {
        status: decision === 'publish' ? 'published' : 'returned',
        reviewNote: note === '' ? null : note,
        reviewedBy: user.id,
        reviewedAt: now,
        ...(decision === 'publish' ? { publishedAt: now } : {}),
      },
      now,
    );
    if (!decided) throw errors.conflict('검토를 기다리는 사례가 아닙니다.');
    await this.ports.notifications?.reviewed(record, decision, note);
    return this.detail(user, id);
  }

  // ---- likes and comments ----

  async setLike(user: UserRow, id: string, liked: boolean): Promise<{ likes: number; likedByMe: boolean }> {
    await this.publishedCase(user, id);
    if (liked) await this.reactions.like(id, user.id);
    else await this.reactions.unlike(id, user.id);
    return { likes: await this.reactions.likeCount(id), likedByMe: liked };
  }

  async addComment(user: UserRow, id: string, body: string): Promise<UseCaseComment> {
    await this.publishedCase(user, id);
    await this.ports.checkPublication([body]);
    const comment = await this.reactions.addComment(
      { caseId: id, userId: user.id, authorName: user.name, body },
      this.clock.now(),
    );
    return {
      id: comment.id,
      authorName: comment.authorName,
      body: comment.body,
      mine: true,
      createdAt: comment.createdAt.toISOString(),
    };
  }

  async deleteComment(user: UserRow, id: string, commentId: string): Promise<void> {
    await this.visibleCase(user, id);
    const comment = await this.reactions.findComment(id, commentId);
    if (comment === undefined) throw errors.notFound('댓글');
    if (comment.userId !== user.id && user.role !== 'platform_admin') throw errors.forbidden();
    await this.reactions.deleteComment(id, commentId);
  }

  // ---- attachments ----

  async addAttachments(
    user: UserRow,
    id: string,
    files: readonly UploadedFile[],
  ): Promise<UseCaseAttachment[]> {
    const record = await this.visibleCase(user, id);
    if (!this.mayEdit(user, record)) throw errors.forbidden();
    for (const file of files) {
      if (file.bytes.byteLength === 0) {
        throw new AppError('validation_failed', 400, `빈 파일은 첨부할 수 없습니다: ${file.fileName}`);
      }
      if (file.bytes.byteLength > attachmentLimits.fileBytes) throw attachmentTooLarge(file.fileName);
    }
    const added = await this.attachments.insertWithinLimit(
      id,
      files.map((file) => ({
        fileName: file.fileName,
        mediaType: attachmentMediaType(file.fileName),
        bytes: file.bytes,
      })),
      attachmentLimits.files,
      this.clock.now(),
    );
    if (!added) {
      throw new AppError(
        'validation_failed',
        400,
        `사례 하나에 파일은 ${attachmentLimits.files}개까지 첨부할 수 있습니다.`,
      );
    }
    return this.attachments.list(id);
  }

  async attachment(user: UserRow, id: string, attachmentId: string): Promise<UseCaseAttachmentFile> {
    await this.visibleCase(user, id);
    const file = await this.attachments.find(id, attachmentId);
    if (file === undefined) throw errors.notFound('첨부 파일');
    return file;
  }

  async deleteAttachment(user: UserRow, id: string, attachmentId: string): Promise<void> {
    const record = await this.visibleCase(user, id);
    if (!this.mayEdit(user, record)) throw errors.forbidden();
    if (!(await this.attachments.delete(id, attachmentId))) throw errors.notFound('첨부 파일');
  }

  // ---- the case book ----

  /** The chosen published cases as a book, in the order chosen. */
  async exportBook(user: UserRow, request: Required<ExportCaseBookRequest>): Promise<ExportedFile> {
    const ids = [...new Set(request.caseIds)];
    const records = await this.cases.findMany(this.institutionId, ids);
    const published = records.filter((record) => record.status === 'published');
    if (published.length !== ids.length) {
      throw new AppError('validation_failed', 400, '게시된 사례만 사례집에 담을 수 있습니다.', {
        caseIds: ids.filter((id) => !published.some((record) => record.id === id)),
      });
    }
    const book = caseBookOf(published, {
      title: request.title,
      institution: this.ports.institutionName,
      author: user.name,
      createdAt: this.clock.now(),
    });
    return exportBook(request.format, book);
  }

  // ---- rules ----

  /** Published cases for everyone; others for the author, platform admins and (once submitted) reviewers. */
  private async visibleCase(user: UserRow, id: string): Promise<UseCaseRecord> {
    const record = await this.cases.find(this.institutionId, id);
    if (record === undefined) throw caseNotFound();
    if (record.status === 'published' || record.authorUserId === user.id || user.role === 'platform_admin') {
      return record;
    }
    // A draft is the author's own until submitted; a returned case stays visible to who returned it.
    if (record.status !== 'draft' && (await this.mayReview(user, record))) return record;
    throw caseNotFound();
  }

  private async publishedCase(user: UserRow, id: string): Promise<UseCaseRecord> {
    const record = await this.visibleCase(user, id);
    if (record.status !== 'published') {
      throw errors.conflict('좋아요와 댓글은 게시된 사례에만 남길 수 있습니다.');
    }
    return record;
  }

  private mayEdit(user: UserRow, record: UseCaseRecord): boolean {
    if (user.role === 'platform_admin') return true;
    return record.authorUserId === user.id && record.status !== 'published';
  }

  /** A platform admin, or a department admin of the case's department or of one above it. */
  private async mayReview(user: UserRow, record: UseCaseRecord): Promise<boolean> {
    if (user.role === 'platform_admin') return true;
    if (user.role !== 'department_admin' || user.departmentId === null || record.departmentId === null) {
      return false;
    }
    return this.cases.isUnder(record.departmentId, user.departmentId);
  }

  private scopeOf(user: UserRow, view: UseCaseListQuery['view']): UseCaseScope | null {
    if (view === 'published') return { kind: 'published' };
    if (view === 'mine') return { kind: 'author', userId: user.id };
    if (user.role === 'platform_admin') return { kind: 'review', departmentId: null };
    if (user.role === 'department_admin' && user.departmentId !== null) {
      return { kind: 'review', departmentId: user.departmentId };
    }
    return null;
  }

  /** The input as stored; the assistant must be one the author may use (a kept one may stay as it was). */
  private async contentOf(
    user: UserRow,
    input: UseCaseInput,
    currentAssistantId: string | null = null,
  ): Promise<UseCaseContent> {
    const { assistantId } = input;
    if (assistantId !== null && assistantId !== currentAssistantId) {
      if (this.ports.assistants === null) {
        throw new AppError('assistant_not_found', 404, '어시스턴트를 찾을 수 없습니다.');
      }
      await this.ports.assistants.assistantForUse(user, assistantId);
    }
    return {
      title: input.title,
      task: input.task,
      category: input.category,
      assistantId,
      prompt: input.prompt,
      minutesBefore: input.minutesBefore,
      minutesAfter: input.minutesAfter,
      result: input.result,
    };
  }

  private async notifySubmitted(id: string): Promise<void> {
    const notifications = this.ports.notifications;
    if (notifications === null) return;
    const record = await this.cases.find(this.institutionId, id);
    if (record !== undefined) await notifications.submitted(record);
  }
}

function attachmentTooLarge(fileName: string): AppError {
  return new AppError(
    'payload_too_large',
    413,
    `파일 하나는 ${attachmentLimits.fileBytes / 1024 / 1024}MB까지 첨부할 수 있습니다: ${fileName}`,
  );
}

function categoryOf(category: string): UseCaseSummary['category'] {
  // Stored from the contract's list; a category the list no longer has reads as 기타.
  return useCaseCategorySchema.catch('other').parse(category);
}

function presentSummary(row: UseCaseSummaryRow): UseCaseSummary {
  return {
    id: row.id,
    title: row.title,
    task: row.task,
    category: categoryOf(row.category),
    status: row.status,
    authorName: row.authorName,
    departmentName: row.departmentName,
    minutesBefore: row.minutesBefore,
    minutesAfter: row.minutesAfter,
    likes: row.likeCount,
    comments: row.commentCount,
    likedByMe: row.likedByMe,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
