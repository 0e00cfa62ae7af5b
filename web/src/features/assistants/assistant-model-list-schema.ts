import { assistantModelChoiceSchema } from '@jumugwan/contracts';
import type { ResponseSchema } from '../../api/response-schema';

export interface AssistantModelChoice {
  id: string;
  location: 'internal' | 'external';
}

/**
 * GET /api/assistants/models answers `{ models: [{ id, location }] }`; a bare list is read the same way.
 * Each entry is checked against the shared contract.
 */
export const assistantModelListSchema: ResponseSchema<AssistantModelChoice[]> = {
  safeParse(data: unknown) {
    const list =
      typeof data === 'object' && data !== null && !Array.isArray(data) && 'models' in data
        ? data.models
        : data;
    if (!Array.isArray(list)) {
      return { success: false, error: new Error('expected a list of models') };
    }
    const models: AssistantModelChoice[] = [];
    for (const entry of list as unknown[]) {
      const parsed = assistantModelChoiceSchema.safeParse(entry);
      if (!parsed.success) {
        return { success: false, error: parsed.error };
      }
      models.push(parsed.data);
    }
    return { success: true, data: models };
  },
};
