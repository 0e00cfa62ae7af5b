import {
  assistantDefinitionSchema,
  type AssistantDefinitionInput,
  type AssistantVisibility,
} from '@jumugwan/contracts';
import type { Database } from '../platform/database/index.js';
import { assistants, assistantVersions } from '../platform/database/schema.js';

/**
 * An assistant as the assistants module stores one: its row and version 1, written straight into the
 * tables (for tests of modules that use assistants without going through its routes).
 */
export async function insertTestAssistant(
  db: Database,
  input: {
    institutionId: string;
    ownerUserId: string;
    visibility?: AssistantVisibility;
    definition: AssistantDefinitionInput;
  },
): Promise<string> {
  const definition = assistantDefinitionSchema.parse(input.definition);
  const [row] = await db
    .insert(assistants)
    .values({
      institutionId: input.institutionId,
      ownerUserId: input.ownerUserId,
      visibility: input.visibility ?? 'private',
      name: definition.name,
      icon: definition.icon,
      category: definition.category,
    })
    .returning({ id: assistants.id });
  if (row === undefined) throw new Error('assistant was not inserted');
  await db
    .insert(assistantVersions)
    .values({ assistantId: row.id, number: 1, kind: 'created', definition, editedBy: input.ownerUserId });
  return row.id;
}
