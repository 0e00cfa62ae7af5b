import { and, asc, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { assistants, conversations, messages, users } from '../../platform/database/schema.js';

export type ConversationRow = typeof conversations.$inferSelect;
/** A conversation with the name and icon of the assistant it talks to, for listings. */
export type ConversationListing = ConversationRow & {
  assistant: { id: string; name: string; icon: string } | null;
};
export type MessageRow = typeof messages.$inferSelect;
export type NewMessageRow = typeof messages.$inferInsert;

/** Every query is scoped by the owner: a conversation id alone never reads another user's data. */
export class ChatRepository {
  constructor(private readonly db: Database) {}

  private selectListings() {
    return this.db
      .select({ conversation: conversations, assistantName: assistants.name, assistantIcon: assistants.icon })
      .from(conversations)
      .leftJoin(assistants, eq(assistants.id, conversations.assistantId));
  }

  async listConversations(userId: string): Promise<ConversationListing[]> {
    const rows = await this.selectListings()
      .where(eq(conversations.userId, userId))
      .orderBy(desc(conversations.updatedAt), desc(conversations.createdAt));
    return rows.map(listingOf);
  }

  async findConversation(userId: string, id: string): Promise<ConversationListing | undefined> {
    const rows = await this.selectListings().where(
      and(eq(conversations.id, id), eq(conversations.userId, userId)),
    );
    return rows[0] === undefined ? undefined : listingOf(rows[0]);
  }

  async insertConversation(values: typeof conversations.$inferInsert): Promise<ConversationRow> {
    const rows = await this.db.insert(conversations).values(values).returning();
    if (rows[0] === undefined) throw new Error('conversation was not inserted');
    return rows[0];
  }

  async updateConversation(
    userId: string,
    id: string,
    values: Partial<Pick<ConversationRow, 'title' | 'model'>>,
  ): Promise<ConversationRow | undefined> {
    const rows = await this.db
      .update(conversations)
      .set({ ...values, updatedAt: sql`now()` })
      .where(and(eq(conversations.id, id), eq(conversations.userId, userId)))
      .returning();
    return rows[0];
  }

  async deleteConversation(userId: string, id: string): Promise<boolean> {
    const rows = await this.db
      .delete(conversations)
      .where(and(eq(conversations.id, id), eq(conversations.userId, userId)))
      .returning({ id: conversations.id });
    return rows.length > 0;
  }

  /** Callers have checked ownership of the conversation first. */
  listMessages(conversationId: string): Promise<MessageRow[]> {
    return this.db
      .select()
      .from(messages)
      .where(eq(messages.conversationId, conversationId))
      .orderBy(asc(messages.ordinal));
  }

  async insertMessage(values: NewMessageRow): Promise<MessageRow> {
    const rows = await this.db.insert(messages).values(values).returning();
    if (rows[0] === undefined) throw new Error('message was not inserted');
    return rows[0];
  }

  async updateMessage(id: string, values: Partial<NewMessageRow>): Promise<void> {
    await this.db
      .update(messages)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(messages.id, id));
  }

  async deleteMessage(id: string): Promise<void> {
    await this.db.delete(messages).where(eq(messages.id, id));
  }

  /** Internal material never leaves the conversation again: the flag only goes one way. */
  async markInternal(userId: string, id: string): Promise<void> {
    await this.db
      .update(conversations)
      .set({ sensitivity: 'internal' })
      .where(and(eq(conversations.id, id), eq(conversations.userId, userId)));
  }

  /**
   * Retention: deletes conversations of members of these departments (null: members of no department)
   * untouched since `before`, and older messages of the rest. Returns how many of each went.
   */
  async purgeContent(
    departmentIds: readonly string[] | null,
    before: Date,
  ): Promise<{ conversations: number; messages: number }> {
    const owners = this.db
      .select({ id: users.id })
      .from(users)
      .where(
        departmentIds === null ? isNull(users.departmentId) : inArray(users.departmentId, [...departmentIds]),
      );
    const removedConversations = await this.db
      .delete(conversations)
      .where(and(inArray(conversations.userId, owners), lt(conversations.updatedAt, before)))
      .returning({ id: conversations.id });
    const ownedConversations = this.db
      .select({ id: conversations.id })
      .from(conversations)
      .where(inArray(conversations.userId, owners));
    const removedMessages = await this.db
      .delete(messages)
      .where(
        and(
          inArray(messages.conversationId, ownedConversations),
          lt(messages.createdAt, before),
          sql`${messages.status} <> 'streaming'`,
        ),
      )
      .returning({ id: messages.id });
    return { conversations: removedConversations.length, messages: removedMessages.length };
  }

  /** Answers left "streaming" by a crash are marked interrupted at start-up. */
  async markAbandonedStreams(): Promise<number> {
    const rows = await this.db
      .update(messages)
      .set({ status: 'interrupted', errorCode: 'upstream_interrupted', updatedAt: sql`now()` })
      .where(eq(messages.status, 'streaming'))
      .returning({ id: messages.id });
    return rows.length;
  }
}

function listingOf(row: {
  conversation: ConversationRow;
  assistantName: string | null;
  assistantIcon: string | null;
}): ConversationListing {
  const { conversation } = row;
  return {
    ...conversation,
    assistant:
      conversation.assistantId === null || row.assistantName === null
        ? null
        : { id: conversation.assistantId, name: row.assistantName, icon: row.assistantIcon ?? '🤖' },
  };
}
